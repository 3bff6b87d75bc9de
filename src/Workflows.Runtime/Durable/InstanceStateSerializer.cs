using System.Text.Json;
using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>The JSON form of a <see cref="ProcessInstance"/> in <c>process_instances.state</c> (<see cref="InstanceStateJsonContext"/>).</summary>
public static class InstanceStateSerializer
{
    public static string Serialize(ProcessInstance instance) => JsonSerializer.Serialize(instance, InstanceStateJsonContext.Default.ProcessInstance);

    public static ProcessInstance Deserialize(string state) =>
        JsonSerializer.Deserialize(state, InstanceStateJsonContext.Default.ProcessInstance)
        ?? throw new InvalidOperationException("A process instance row holds no state.");
}
