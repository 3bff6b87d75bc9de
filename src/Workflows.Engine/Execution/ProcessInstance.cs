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

    /// <summary>The variables an execution sees: the instance's, overlaid by the locals of the execution and its
    /// enclosing scopes (inner ones win), as a worker of an external task inside a multi-instance activity needs them.</summary>
    public Dictionary<string, JsonElement> VariablesVisibleFrom(Guid executionId)
    {
        var visible = new Dictionary<string, JsonElement>(Variables, StringComparer.Ordinal);
        var chain = new Stack<Execution>();
        for (var current = Executions.Find(e => e.Id == executionId); current is not null; current = Executions.Find(e => e.Id == current.ParentId))
            chain.Push(current);
        foreach (var scope in chain)
        {
            if (scope.Variables is null)
                continue;
            foreach (var (name, value) in scope.Variables)
                visible[name] = value;
        }
        return visible;
    }
}

public enum InstanceStatus { Running, Completed, Cancelled, Terminated }
