using Workflows.Engine.Execution;

namespace Workflows.Engine.InMemory;

/// <summary>Instances held in a dictionary: the session of the in-memory benchmark and of engine tests.</summary>
public sealed class InMemoryInstanceSession : IInstanceSession
{
    private readonly Dictionary<Guid, ProcessInstance> instances = [];

    public IReadOnlyCollection<ProcessInstance> Instances => instances.Values;

    public ValueTask<ProcessInstance> LoadAsync(Guid instanceId, CancellationToken cancellationToken) =>
        instances.TryGetValue(instanceId, out var instance)
            ? ValueTask.FromResult(instance)
            : throw new EngineException($"Instance {instanceId} does not exist.");

    public void Add(ProcessInstance instance) => instances.Add(instance.Id, instance);

    public ProcessInstance Get(Guid instanceId) => instances[instanceId];

    /// <summary>Drops finished instances, so a long benchmark does not keep them all.</summary>
    public void Forget(Guid instanceId) => instances.Remove(instanceId);
}
