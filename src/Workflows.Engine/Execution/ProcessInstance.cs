using System.Text.Json;

namespace Workflows.Engine.Execution;

/// <summary>
/// The complete, JSON-serialisable state of one running instance. Stores persist it as a whole;
/// <see cref="Revision"/> is the optimistic concurrency token (bumped by every command).
/// </summary>
public sealed class ProcessInstance
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Set when this instance was started by a call activity.</summary>
    public Guid? ParentInstanceId { get; set; }
    public Guid? ParentExecutionId { get; set; }

    public Dictionary<string, JsonElement> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Active executions (tokens and scope executions); see <see cref="Execution"/>.</summary>
    public List<Execution> Executions { get; set; } = [];

    public List<Incident> Incidents { get; set; } = [];
}

public enum InstanceStatus { Running, Completed, Cancelled, Terminated }
