namespace Workflows.Engine.Execution;

/// <summary>No outgoing flow of a gateway matched while a start asked to fail rather than raise an incident
/// (Camunda's ENGINE-02004): the command fails and nothing of it is saved.</summary>
public sealed class NoMatchingFlowException(string gatewayId, string message) : EngineException(message)
{
    public string GatewayId { get; } = gatewayId;
}
