namespace Workflows.Projects.Domain.Reviews;

public enum ReviewDecision
{
    Approve,

    /// <summary>Approved with a smaller amount (核减): the art. 14 budget review.</summary>
    Reduce,

    /// <summary>Back to the department for revision.</summary>
    Return,
    Reject,
}
