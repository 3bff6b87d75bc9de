using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tests.Mail.Support;

/// <summary>Rows of the <c>user_tasks</c> projection, as the persistence store writes them.</summary>
internal static class UserTaskSeed
{
    public static UserTaskRecord ForGroup(string name, string group, DateTimeOffset? dueAt, UserTaskStatus status = UserTaskStatus.Open)
    {
        var id = Guid.NewGuid();
        return new UserTaskRecord
        {
            Id = id,
            InstanceId = Guid.NewGuid(),
            ExecutionId = Guid.NewGuid(),
            ActivityId = "task",
            Name = name,
            Status = status,
            DueAt = dueAt,
            CreatedAt = MailTestHost.Start.AddDays(-10),
            DefinitionKey = "new-project",
            DefinitionVersion = 1,
            Candidates = [new UserTaskCandidate { TaskId = id, Kind = CandidateKind.Group, Value = group }],
        };
    }

    /// <summary>An instant given as Shanghai local time.</summary>
    public static DateTimeOffset Shanghai(int month, int day, int hour) => new(2025, month, day, hour, 0, 0, TimeSpan.FromHours(8));
}
