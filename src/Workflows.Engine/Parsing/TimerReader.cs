using System.Xml.Linq;
using Workflows.Engine.Execution.Timers;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads a <c>timerEventDefinition</c>; the business calendar comes from the event's
/// <c>camunda:property name="calendar"</c>.</summary>
internal static class TimerReader
{
    private static readonly (string Element, TimerKind Kind)[] Kinds =
    [
        ("timeDate", TimerKind.Date), ("timeDuration", TimerKind.Duration), ("timeCycle", TimerKind.Cycle),
    ];

    public static TimerEventDefinition? Read(ImportContext context, XElement eventElement, XElement definition)
    {
        var values = Kinds
            .Select(kind => (kind.Kind, Text: definition.ModelChild(kind.Element)?.Value.Trim()))
            .Where(value => !string.IsNullOrEmpty(value.Text))
            .ToList();
        if (values.Count != 1)
        {
            context.Report(eventElement, "timer needs exactly one of timeDate, timeDuration or timeCycle");
            return null;
        }
        var (kind, text) = values[0];
        if (!IsValidValue(context, eventElement, kind, text!))
            return null;
        var calendar = PropertiesReader.Read(eventElement).GetValueOrDefault("calendar");
        return new TimerEventDefinition(kind, text!, calendar);
    }

    /// <summary>An expression (<c>${dueDate}</c>) is checked for syntax here and evaluated when the timer is created.</summary>
    private static bool IsValidValue(ImportContext context, XElement eventElement, TimerKind kind, string text)
    {
        if (ExpressionCompiler.ExtractBody(text) is not null)
            return ExpressionReader.Compile(context, eventElement, "timer", text, allowBareBody: false) is not null;
        if (Iso8601Syntax.IsValid(kind, text))
            return true;
        if (kind == TimerKind.Cycle && QuartzCron.TryParse(text, out _))
        {
            if (eventElement.Name.LocalName != "startEvent")
                return true;
            context.Report(eventElement, $"timer: the cron cycle '{text}' is supported on boundary and intermediate timers; a timer start event needs an ISO 8601 cycle");
            return false;
        }
        context.Report(eventElement, kind == TimerKind.Cycle
            ? $"timer: '{text}' is neither an ISO 8601 cycle nor a cron cycle (Quartz: seconds minutes hours day-of-month month day-of-week)"
            : $"timer: '{text}' is not a valid ISO 8601 {kind.ToString().ToLowerInvariant()}");
        return false;
    }
}
