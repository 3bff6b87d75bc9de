using Workflows.Engine.Execution;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Mail.Outcome;

/// <summary>
/// Hooks the outcome mail into the engine's event projection, so it commits with the instance's end. Only a process that
/// ended at one of its end events is announced: a cancelled one has no outcome, and a called process's end is told by its
/// caller, whose outcome then names both (<c>跨部门项目办结（不予立项）</c>) since the caller ends in the same command.
/// </summary>
internal sealed class OutcomeMailObserver(OutcomeMailer mailer) : IEngineEventObserver
{
    private readonly Dictionary<Guid, string> calledOutcomes = [];

    public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        if (engineEvent is not InstanceEnded { EndEventId: { } endEventId } ended)
            return;
        var outcome = ended.EndEventName ?? endEventId;
        if (instance.ParentInstanceId is { } caller)
        {
            calledOutcomes[caller] = outcome;
            return;
        }

        if (calledOutcomes.Remove(instance.Id, out var called))
            outcome = $"{outcome}（{called}）";
        await mailer.EnqueueAsync(instance, outcome, cancellationToken);
    }
}
