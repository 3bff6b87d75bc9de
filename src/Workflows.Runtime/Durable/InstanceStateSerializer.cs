using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>The JSON form of a <see cref="ProcessInstance"/> in <c>process_instances.state</c>.</summary>
public static class InstanceStateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ProcessInstance instance) => JsonSerializer.Serialize(instance, Options);

    public static ProcessInstance Deserialize(string state) =>
        JsonSerializer.Deserialize<ProcessInstance>(state, Options)
        ?? throw new InvalidOperationException("A process instance row holds no state.");
}
