using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>The activity type names history records, as Camunda names them.</summary>
internal static class ActivityTypes
{
    public const string MultiInstanceBody = "multiInstanceBody";

    /// <summary>The type of the activity instance a token starts on arrival: a multi-instance activity starts its body.</summary>
    public static string OnArrival(FlowNode node) =>
        node is Activity { MultiInstance: not null } ? MultiInstanceBody : Of(node);

    public static string Of(FlowNode node) => node switch
    {
        StartEvent => "startEvent",
        EndEvent => "endEvent",
        IntermediateCatchEvent => "intermediateCatchEvent",
        BoundaryEvent => "boundaryEvent",
        UserTask => "userTask",
        ReceiveTask => "receiveTask",
        ServiceTask or ExpressionTask or ExternalTask => "serviceTask",
        NoneThrowEvent => "intermediateNoneThrowEvent",
        SubProcess => "subProcess",
        CallActivity => "callActivity",
        ExclusiveGateway => "exclusiveGateway",
        InclusiveGateway => "inclusiveGateway",
        ParallelGateway => "parallelGateway",
        _ => "task",
    };
}
