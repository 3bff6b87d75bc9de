namespace Workflows.Projects.Domain;

/// <summary>Where a project stands in the new-project path.</summary>
public enum ProjectStage
{
    Registered,
    UnderReview,
    Approved,
    Rejected,
    Budgeted,
    Procured,
    Contracted,
    UnderConstruction,
    Accepted,
    InOperation,
    Terminated,
}
