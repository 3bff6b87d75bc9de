using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Resolves the <c>default</c> attribute of exclusive and inclusive gateways to one of their outgoing flows.</summary>
internal static class GatewayDefaults
{
    public static void Resolve(ImportContext context, PendingWork pending)
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
