namespace Workflows.Projects.Planning.Queries.GetAnnualPlan;

/// <summary>Where a department's submission of its annual plan stands (art. 7).</summary>
public enum PlanSubmission
{
    None,
    Draft,
    Returned,
    Submitted,
    Published,
}
