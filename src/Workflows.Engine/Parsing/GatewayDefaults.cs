using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Resolves the <c>default</c> attribute of exclusive and inclusive gateways to one of their outgoing flows.
/// An exclusive gateway without one whose only unconditional flow is one of several takes that flow as its
/// default, as Camunda does (with a warning, since the model does not say so).</summary>
internal static class GatewayDefaults
{
    public static void Resolve(ImportContext context, ProcessModel process, PendingWork pending)
    {
        ResolveExplicit(context, pending);
        foreach (var gateway in process.NodesById.Values.OfType<ExclusiveGateway>().Where(gateway => gateway.Default is null && gateway.Outgoing.Count > 1))
        {
            var unconditional = gateway.Outgoing.Where(flow => flow.Condition is null).ToList();
            if (unconditional.Count != 1 || pending.Defaults.Any(entry => entry.Gateway == gateway))
                continue;
            gateway.Default = unconditional[0];
            context.Warn(unconditional[0], $"flow '{unconditional[0].Id}' leaves gateway '{gateway.Id}' without a condition: it is taken as the default flow");
        }
    }

    private static void ResolveExplicit(ImportContext context, PendingWork pending)
    {
        foreach (var (gateway, element, flowId) in pending.Defaults)
        {
            var flow = gateway.Outgoing.FirstOrDefault(candidate => candidate.Id == flowId);
            if (flow is null)
            {
                if (!context.SkippedIds.Contains(flowId))
                    context.Report(element, $"default flow '{flowId}' is not an outgoing flow of this gateway");
                continue;
            }
            if (flow.Condition is not null)
                context.Report(flow, $"default flow '{flowId}' must not have a condition");
            if (gateway is ExclusiveGateway exclusive)
                exclusive.Default = flow;
            else if (gateway is InclusiveGateway inclusive)
                inclusive.Default = flow;
        }
    }
}
