using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>
/// The JSON contract of <c>process_instances.state</c>, generated at build time: every save writes the instance's
/// whole state, so the serializer runs without reflection. Web defaults (camelCase), enums by name, nulls left out.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProcessInstance))]
internal sealed partial class InstanceStateJsonContext : JsonSerializerContext;
