namespace Workflows.Persistence.Tasks;

/// <summary>One candidate user or group of a task: a row each keeps "tasks of my groups" an index lookup.</summary>
public sealed class UserTaskCandidate
{
    public Guid TaskId { get; set; }
    public CandidateKind Kind { get; set; }
    public string Value { get; set; } = "";
}
