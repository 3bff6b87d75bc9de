using Workflows.Engine.Execution;

namespace Workflows.Engine.InMemory;

/// <summary>Dispatches service tasks to the registered handlers by name.</summary>
public sealed class ServiceTaskRegistry : IServiceTaskDispatcher
{
    private readonly Dictionary<string, IServiceTaskHandler> handlers = new(StringComparer.Ordinal);

    public ServiceTaskRegistry(IEnumerable<IServiceTaskHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            if (!this.handlers.TryAdd(handler.Name, handler))
                throw new ArgumentException($"Two service task handlers are named '{handler.Name}'.", nameof(handlers));
        }
    }

    public bool HasHandler(string name) => handlers.ContainsKey(name);

    public ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken) =>
        handlers.TryGetValue(context.HandlerName, out var handler)
            ? handler.ExecuteAsync(context, cancellationToken)
            : throw new InvalidOperationException($"No service task handler is named '{context.HandlerName}'.");
}
