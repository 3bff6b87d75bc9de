using Workflows.Persistence.History;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.Common;

/// <summary>History rows of task actions that do not go through the engine (claim, unclaim, assign, delegate, resolve).</summary>
public static class TaskHistory
{
    public static HistoryEntry Entry(UserTaskRecord task, HistoryKind kind, DateTimeOffset at, string? actor, string? detail = null) => new()
    {
        InstanceId = task.InstanceId,
        At = at,
        Kind = kind,
        DefinitionKey = task.DefinitionKey,
        DefinitionVersion = task.DefinitionVersion,
        ActivityId = task.ActivityId,
        ExecutionId = task.ExecutionId,
        TaskId = task.Id,
        Actor = actor,
        Detail = detail,
    };
}
