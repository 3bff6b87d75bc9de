using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Runtime.Timers.StartTimers;

/// <summary>The top-level timer start events of a published document with a usable cycle (art. 26: the yearly self-evaluation).</summary>
public static class TimerStartEvents
{
    public static IReadOnlyList<(string StartEventId, string Cycle, TimerCycle Parsed)> Of(string xml, string key)
    {
        // Publishing validated the document already; service-task handlers do not matter here.
        var process = BpmnImporter.ImportSingleExecutable(xml, key, new ImportOptions { IsKnownHandler = _ => true });
        return process.Children.OfType<StartEvent>()
            .Select(start => (start.Id, Timer: start.Definition as TimerEventDefinition))
            .Where(start => start.Timer is { Kind: TimerKind.Cycle })
            .Select(start => (start.Id, start.Timer!.Expression, Parsed: TimerCycle.TryParse(start.Timer.Expression)))
            .Where(start => start.Parsed is not null)
            .Select(start => (start.Id, start.Expression, start.Parsed!))
            .ToList();
    }
}
