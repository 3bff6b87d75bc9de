using Workflows.Engine.Execution;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Durable;

/// <summary>Builds the inbox row of a new user task, with the instance's keys denormalised for filtering.</summary>
public static class UserTaskRows
{
    public static UserTaskRecord Create(UserTaskInfo task, ProcessInstance instance) => new()
    {
        Id = task.TaskId,
        InstanceId = task.InstanceId,
        ExecutionId = task.ExecutionId,
        ActivityId = task.ActivityId,
        Name = task.Name,
        Assignee = task.Assignee,
        Candidates = Candidates(task),
        Status = UserTaskStatus.Open,
        DueAt = task.DueAt,
        FollowUpAt = task.FollowUpAt,
        Priority = task.Priority,
        FormKey = task.FormKey,
        CreatedAt = task.CreatedAt,
        BusinessKey = instance.BusinessKey,
        DepartmentCode = DepartmentVariable.At(instance, task.ExecutionId),
        DefinitionKey = instance.DefinitionKey,
        DefinitionVersion = instance.DefinitionVersion,
    };

    private static List<UserTaskCandidate> Candidates(UserTaskInfo task) =>
        task.CandidateUsers.Distinct().Select(user => new UserTaskCandidate { TaskId = task.TaskId, Kind = CandidateKind.User, Value = user })
            .Concat(task.CandidateGroups.Distinct().Select(group => new UserTaskCandidate { TaskId = task.TaskId, Kind = CandidateKind.Group, Value = group }))
            .ToList();
}
