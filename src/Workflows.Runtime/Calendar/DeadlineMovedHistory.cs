using System.Globalization;
using Workflows.Persistence.History;

namespace Workflows.Runtime.Calendar;

/// <summary>The history row of a due date that moved with the calendar: which one, from when to when, by whom.</summary>
internal static class DeadlineMovedHistory
{
    public static HistoryEntry For(
        Guid instanceId, string definitionKey, int definitionVersion, string activityId, Guid executionId, Guid? taskId,
        DateTimeOffset oldDueAt, DateTimeOffset newDueAt, DateTimeOffset at, string? actor) => new()
    {
        InstanceId = instanceId,
        At = at,
        Kind = HistoryKind.DeadlineMoved,
        DefinitionKey = definitionKey,
        DefinitionVersion = definitionVersion,
        ActivityId = activityId,
        ExecutionId = executionId,
        TaskId = taskId,
        Actor = actor,
        Detail = string.Create(CultureInfo.InvariantCulture, $"{oldDueAt.ToUniversalTime():O} -> {newDueAt.ToUniversalTime():O}"),
    };
}
