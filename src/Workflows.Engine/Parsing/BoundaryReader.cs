using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Creates boundary events once every activity exists, and attaches them.</summary>
internal static class BoundaryReader
{
    private static readonly HashSet<string> Definitions = ["messageEventDefinition", "errorEventDefinition", "timerEventDefinition"];

    public static void Read(ImportContext context, ProcessModel process, PendingWork pending)
    {
        foreach (var (scope, element) in pending.Boundaries)
        {
            if (Create(context, element, process) is { } boundary && IsBesideItsActivity(context, boundary, scope))
            {
                ScopeReader.Add(boundary, element, scope, process);
                boundary.AttachedTo.Boundaries.Add(boundary);
            }
            else if (element.Id() is { } id)
            {
                context.SkippedIds.Add(id);
            }
        }
    }

    private static bool IsBesideItsActivity(ImportContext context, BoundaryEvent boundary, IFlowScope scope)
    {
        if (boundary.AttachedTo.Scope == scope)
            return true;
        context.Report(boundary, $"boundary event must be declared in the same scope as '{boundary.AttachedTo.Id}'");
        return false;
    }

    private static BoundaryEvent? Create(ImportContext context, XElement element, ProcessModel process)
    {
        if (element.Id() is not { } id)
        {
            context.Report(element, "'boundaryEvent' has no id");
            return null;
        }
        if (!EventDefinitionReader.TryRead(context, element, Definitions, out var definition, out _))
            return null;
        if (definition is null)
        {
            context.Report(element, "boundary event needs a message, error or timer definition");
            return null;
        }
        if (AttachedActivity(context, element, process) is not { } activity)
            return null;
        var cancelActivity = element.Flag("cancelActivity", true);
        if (definition is ErrorEventDefinition && !cancelActivity)
        {
            context.Report(element, "an error boundary event always interrupts: cancelActivity=\"false\" is not allowed");
            return null;
        }
        return new BoundaryEvent
        {
            Id = id,
            Name = element.Text("name"),
            Line = element.Line(),
            AttachedTo = activity,
            CancelActivity = cancelActivity,
            Definition = definition,
        };
    }

    private static Activity? AttachedActivity(ImportContext context, XElement element, ProcessModel process)
    {
        var reference = element.Text("attachedToRef");
        if (reference is null)
        {
            context.Report(element, "boundary event needs attachedToRef");
            return null;
        }
        if (process.NodesById.TryGetValue(reference, out var node))
        {
            if (node is Activity activity)
                return activity;
            context.Report(element, $"boundary event is attached to '{reference}', which is not an activity");
            return null;
        }
        // An activity that was itself rejected has its problem already; do not report the boundary twice.
        if (!context.SkippedIds.Contains(reference))
            context.Report(element, $"boundary event is attached to unknown element '{reference}'");
        return null;
    }
}
