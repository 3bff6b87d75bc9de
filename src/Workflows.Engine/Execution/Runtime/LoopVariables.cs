namespace Workflows.Engine.Execution.Runtime;

/// <summary>The local variables of a multi-instance body and its iterations, as Camunda names them.</summary>
internal static class LoopVariables
{
    public const string LoopCounter = "loopCounter";
    public const string NrOfInstances = "nrOfInstances";
    public const string NrOfCompletedInstances = "nrOfCompletedInstances";
    public const string NrOfActiveInstances = "nrOfActiveInstances";
}
