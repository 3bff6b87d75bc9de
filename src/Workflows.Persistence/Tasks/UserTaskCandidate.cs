namespace Workflows.Persistence.Tasks;

/// <summary>
/// One candidate user or group of a task: a row each keeps "tasks of my groups" an index lookup. The <c>Task…</c> columns
/// copy the task's inbox order keys, so that a county-wide group's inbox is read in order from its own index; the
/// database's triggers write them (see <c>InboxOrderTriggers</c> in each provider), EF Core never does.
/// </summary>
public sealed class UserTaskCandidate
{
    public Guid TaskId { get; set; }
    public CandidateKind Kind { get; set; }
    public string Value { get; set; } = "";
    public UserTaskStatus? TaskStatus { get; set; }
    public bool? TaskAssigned { get; set; }
    public DateTimeOffset? TaskDueAt { get; set; }
    public int? TaskPriority { get; set; }
    public DateTimeOffset? TaskCreatedAt { get; set; }
}
