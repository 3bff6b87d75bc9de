namespace Workflows.Persistence.History;

/// <summary>One append-only audit row: who did what, when, on which version, with which value.</summary>
public sealed class HistoryEntry
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public HistoryKind Kind { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? ActivityId { get; set; }
    public Guid? ExecutionId { get; set; }
    public Guid? TaskId { get; set; }
    public string? VariableName { get; set; }

    /// <summary>The new value of a variable, as JSON.</summary>
    public string? VariableValue { get; set; }
    public string? Actor { get; set; }

    /// <summary>What else explains the row: the activity type, the end status, the incident message.</summary>
    public string? Detail { get; set; }

    /// <summary>The code of the BPMN error a <see cref="HistoryKind.ErrorThrown"/> row records.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>The message of that error (<c>camunda:errorMessage</c>, the handler's or the worker's), if it had one.</summary>
    public string? ErrorMessage { get; set; }

    public const int MaxErrorMessageLength = 2000;
}
