using System.Collections.Concurrent;
using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>Compiled definition versions by id. Published versions are immutable, so each compiles once per process.</summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, ExecutableDefinition> definitions = new();

    public bool TryGet(Guid id, out ExecutableDefinition definition) => definitions.TryGetValue(id, out definition!);

    public void Add(ExecutableDefinition definition) => definitions.TryAdd(definition.Id, definition);
}
