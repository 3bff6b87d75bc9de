using System.Collections.Concurrent;
using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>
/// Compiled definition versions by id, and by key and version. Published versions are immutable, so each compiles once
/// per process. The lookup by key and version says nothing of the version's status (retired, deleted): it serves what
/// only needs the model an instance already runs on, such as the names of its elements.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, ExecutableDefinition> definitions = new();
    private readonly ConcurrentDictionary<(string Key, int Version), ExecutableDefinition> byVersion = new();

    public bool TryGet(Guid id, out ExecutableDefinition definition) => definitions.TryGetValue(id, out definition!);

    public bool TryGet(string key, int version, out ExecutableDefinition definition) => byVersion.TryGetValue((key, version), out definition!);

    public void Add(ExecutableDefinition definition)
    {
        definitions.TryAdd(definition.Id, definition);
        byVersion.TryAdd((definition.Key, definition.Version), definition);
    }
}
