using System.Text.Json;
using Workflows.Engine.Execution;
using Workflows.Persistence.History;
using Workflows.Persistence.Incidents;

namespace Workflows.Runtime.Instances.GetInstance;

public sealed record InstanceDetails(
    Guid Id,
    string DefinitionKey,
    int Version,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    Guid? ParentInstanceId,
    IReadOnlyList<string> ActiveActivityIds,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<IncidentRecord> OpenIncidents,
    IReadOnlyList<HistoryEntry> History);
