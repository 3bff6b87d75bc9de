using Workflows.Engine.Execution;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>The service task of <c>incident-test.bpmn</c>: throws while <see cref="Broken"/>, as a relay or registry that is down would.</summary>
public sealed class FlakyStepTask : IServiceTaskHandler
{
    public string Name => "hostFlakyStep";

    public bool Broken { get; set; } = true;

    public ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken) =>
        Broken ? throw new InvalidOperationException("台账服务不可用 (ledger service unavailable)") : ValueTask.CompletedTask;
}
