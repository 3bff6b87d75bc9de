namespace Workflows.Engine.Execution;

/// <summary>A published, compiled definition version.</summary>
public sealed record ExecutableDefinition(Guid Id, string Key, int Version, Model.ProcessModel Model)
{
    /// <summary>Whether an instance can start without naming a start event: false for a process that starts
    /// on its timer only (art. 26).</summary>
    public bool HasNoneStart => Planning.ExecutionPlan.For(Model).HasNoneStart(Model);
}

/// <summary>Finds definition versions for starts and call activities.</summary>
public interface IDefinitionResolver
{
    /// <summary>The latest published version of <paramref name="key"/>, or the given version.</summary>
    ValueTask<ExecutableDefinition> ResolveAsync(string key, int? version, CancellationToken cancellationToken);

    ValueTask<ExecutableDefinition> GetAsync(Guid definitionId, CancellationToken cancellationToken);
}

/// <summary>The unit of work of one command: every instance it touches (call activities touch parent and child).</summary>
public interface IInstanceSession
{
    ValueTask<ProcessInstance> LoadAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Registers an instance created by this command (a started process or a called child).</summary>
    void Add(ProcessInstance instance);
}
