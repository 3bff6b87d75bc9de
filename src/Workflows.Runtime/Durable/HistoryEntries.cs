using Workflows.Engine.Execution;
using Workflows.Persistence.History;

namespace Workflows.Runtime.Durable;

/// <summary>Turns engine events into append-only history rows, stamped with the instance's definition version.</summary>
public static class HistoryEntries
{
    public static HistoryEntry? From(EngineEvent engineEvent, ProcessInstance instance) => engineEvent switch
    {
        InstanceStarted e => Entry(instance, e, HistoryKind.InstanceStarted, actor: e.Actor),
        InstanceEnded e => Entry(instance, e, HistoryKind.InstanceEnded, actor: e.Actor,
            detail: e.Reason is { Length: > 0 } reason ? $"{e.Status}: {reason}" : e.Status.ToString()),
        ActivityStarted e => Entry(instance, e, HistoryKind.ActivityStarted, e.ActivityId, e.ExecutionId, detail: e.ActivityType),
        ActivityEnded e => Entry(instance, e, e.Cancelled ? HistoryKind.ActivityCancelled : HistoryKind.ActivityEnded,
            e.ActivityId, e.ExecutionId, detail: e.ActivityType),
        UserTaskCreated e => Entry(instance, e, HistoryKind.TaskCreated, e.Task.ActivityId, e.Task.ExecutionId, e.Task.TaskId, detail: e.Task.Name),
        UserTaskCompleted e => Entry(instance, e, HistoryKind.TaskCompleted, taskId: e.TaskId, actor: e.Actor),
        UserTaskCancelled e => Entry(instance, e, HistoryKind.TaskCancelled, taskId: e.TaskId),
        VariableChanged e => Variable(instance, e),
        ErrorThrown e => Error(instance, e),
        IncidentRaised e => Entry(instance, e, HistoryKind.IncidentRaised, e.Incident.ActivityId, e.Incident.ExecutionId, detail: e.Incident.Message),
        IncidentResolved e => Entry(instance, e, HistoryKind.IncidentResolved, detail: e.IncidentId.ToString()),
        InstanceMigrated e => Entry(instance, e, HistoryKind.InstanceMigrated, actor: e.Actor,
            detail: $"从 v{e.SourceVersion} 迁移到 v{e.TargetVersion} (migrated from v{e.SourceVersion} to v{e.TargetVersion})"),
        _ => null,
    };

    public static HistoryEntry Entry(
        ProcessInstance instance, EngineEvent engineEvent, HistoryKind kind, string? activityId = null, Guid? executionId = null,
        Guid? taskId = null, string? actor = null, string? detail = null) => new()
        {
            InstanceId = instance.Id,
            At = engineEvent.At,
            Kind = kind,
            DefinitionKey = instance.DefinitionKey,
            DefinitionVersion = instance.DefinitionVersion,
            ActivityId = activityId,
            ExecutionId = executionId,
            TaskId = taskId,
            Actor = actor,
            Detail = Truncate(detail),
        };

    private static HistoryEntry Variable(ProcessInstance instance, VariableChanged change)
    {
        var entry = Entry(instance, change, HistoryKind.VariableChanged, actor: change.Actor);
        entry.VariableName = change.Name;
        entry.VariableValue = change.NewValue.GetRawText();
        return entry;
    }

    private static HistoryEntry Error(ProcessInstance instance, ErrorThrown error)
    {
        var message = error.ErrorMessage is { Length: > HistoryEntry.MaxErrorMessageLength } text ? text[..HistoryEntry.MaxErrorMessageLength] : error.ErrorMessage;
        var entry = Entry(instance, error, HistoryKind.ErrorThrown, error.ActivityId, error.ExecutionId,
            detail: message is null ? error.ErrorCode : $"{error.ErrorCode}: {message}");
        entry.ErrorCode = error.ErrorCode.Length > 200 ? error.ErrorCode[..200] : error.ErrorCode;
        entry.ErrorMessage = message;
        return entry;
    }

    private static string? Truncate(string? detail) => detail is { Length: > 2000 } ? detail[..2000] : detail;
}
