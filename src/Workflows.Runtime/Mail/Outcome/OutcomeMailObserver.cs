using Workflows.Engine.Execution;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Mail.Outcome;

/// <summary>
/// Hooks the outcome mail into the engine's event projection, so it commits with the instance's end. Only a process that
/// ended at one of its end events is announced: a cancelled one has no outcome, and a called process's end is told by its
/// caller, whose outcome then names both (<c>跨部门项目办结（不予立项）</c>) since the caller ends in the same command.
/// The outcome is also named in English where the end events have an English name (<c>name.en</c>).
/// </summary>
internal sealed class OutcomeMailObserver(OutcomeMailer mailer, EnglishNames englishNames) : IEngineEventObserver
{
    private readonly Dictionary<Guid, (string Chinese, string? English)> calledOutcomes = [];

    public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        if (engineEvent is not InstanceEnded { EndEventId: { } endEventId } ended)
            return;
        var outcome = ended.EndEventName ?? endEventId;
        var outcomeEn = await englishNames.OfActivityAsync(instance.DefinitionKey, instance.DefinitionVersion, endEventId, cancellationToken);
        if (instance.ParentInstanceId is { } caller)
        {
            calledOutcomes[caller] = (outcome, outcomeEn);
            return;
        }

        if (calledOutcomes.Remove(instance.Id, out var called))
        {
            outcomeEn = outcomeEn is null && called.English is null ? null : $"{outcomeEn ?? outcome} ({called.English ?? called.Chinese})";
            outcome = $"{outcome}（{called.Chinese}）";
        }
        await mailer.EnqueueAsync(instance, outcome, outcomeEn, cancellationToken);
    }
}
