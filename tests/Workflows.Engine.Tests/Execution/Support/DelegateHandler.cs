using Workflows.Engine.Execution;

namespace Workflows.Engine.Tests.Execution.Support;

/// <summary>A service task handler running the given lambda, counting its calls.</summary>
internal sealed class DelegateHandler(string name, Action<ServiceTaskContext> action) : IServiceTaskHandler
{
    public string Name { get; } = name;
    public int Calls { get; private set; }

    public ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        Calls++;
        action(context);
        return ValueTask.CompletedTask;
    }
}
