using Workflows.Engine.Execution;
using Workflows.Engine.Model;

namespace Workflows.Engine.InMemory;

/// <summary>Published definitions in memory: each <see cref="Publish"/> of a key adds the next version.</summary>
public sealed class InMemoryDefinitionResolver : IDefinitionResolver
{
    private readonly Dictionary<Guid, ExecutableDefinition> byId = [];
    private readonly Dictionary<string, List<ExecutableDefinition>> versionsByKey = new(StringComparer.Ordinal);

    public ExecutableDefinition Publish(ProcessModel model)
    {
        if (!versionsByKey.TryGetValue(model.Id, out var versions))
            versionsByKey[model.Id] = versions = [];
        var definition = new ExecutableDefinition(Guid.NewGuid(), model.Id, versions.Count + 1, model);
        versions.Add(definition);
        byId[definition.Id] = definition;
        return definition;
    }

    public ValueTask<ExecutableDefinition> ResolveAsync(string key, int? version, CancellationToken cancellationToken)
    {
        if (!versionsByKey.TryGetValue(key, out var versions))
            throw new EngineException($"No published definition '{key}'.");
        if (version is null)
            return ValueTask.FromResult(versions[^1]);
        return version >= 1 && version <= versions.Count
            ? ValueTask.FromResult(versions[version.Value - 1])
            : throw new EngineException($"Definition '{key}' has no version {version}.");
    }

    public ValueTask<ExecutableDefinition> GetAsync(Guid definitionId, CancellationToken cancellationToken) =>
        byId.TryGetValue(definitionId, out var definition)
            ? ValueTask.FromResult(definition)
            : throw new EngineException($"No definition with id {definitionId}.");
}
