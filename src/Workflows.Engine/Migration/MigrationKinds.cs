using Workflows.Engine.Model;

namespace Workflows.Engine.Migration;

/// <summary>Which nodes a token may rest at (a wait, a scope, a join or an incident) and so be migrated, and to which
/// nodes: a user task to a user task, a timer catch to a timer catch, and so on, as Camunda allows.</summary>
public static class MigrationKinds
{
    /// <summary>The kind a target must share; null when no token rests at the node, so it is never mapped.</summary>
    public static string? Of(FlowNode node) => node switch
    {
        UserTask => "userTask",
        ServiceTask or ExpressionTask => "serviceTask",
        ExternalTask => "externalTask",
        ReceiveTask => "receiveTask",
        CallActivity => "callActivity",
        SubProcess => "subProcess",
        IntermediateCatchEvent { Definition: TimerEventDefinition } => "timerCatchEvent",
        IntermediateCatchEvent { Definition: MessageEventDefinition } => "messageCatchEvent",
        BoundaryEvent { Definition: TimerEventDefinition } => "timerBoundaryEvent",
        BoundaryEvent { Definition: MessageEventDefinition } => "messageBoundaryEvent",
        ParallelGateway => "parallelGateway",
        InclusiveGateway => "inclusiveGateway",
        ExclusiveGateway => "exclusiveGateway",
        _ => null,
    };

    /// <summary>A node a token itself rests at (a boundary event only rides on its activity's token).</summary>
    public static bool HoldsTokens(FlowNode node) => Of(node) is not null && node is not BoundaryEvent;
}
