namespace Workflows.Persistence.Projects.Reviews;

public enum ReviewDecision
{
    Approve,

    /// <summary>Back to the department for revision.</summary>
    Return,
    Reject,
}
