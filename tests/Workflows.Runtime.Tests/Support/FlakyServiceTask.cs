using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Definitions.SaveDraft;

namespace Workflows.Runtime.Tests.Support;

/// <summary>The handler <c>${flaky}</c>: writes a row through a nested command, then throws while broken.</summary>
public sealed class FlakyServiceTask(ISender sender, FlakySwitch flakySwitch) : IServiceTaskHandler
{
    public const string SideEffectKey = "flaky-side-effect";

    public string Name => "flaky";

    public async ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        await sender.Send(new SaveDraft(SideEffectKey, "<definitions/>"), cancellationToken);
        if (flakySwitch.Broken)
            throw new InvalidOperationException("The registry is unreachable.");
        context.SetVariable("recorded", true);
    }
}
