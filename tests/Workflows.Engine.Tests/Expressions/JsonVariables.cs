using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>Variables taken from the properties of one JSON object, e.g. <c>{"approved": true}</c>.</summary>
internal sealed class JsonVariables(string json) : IVariableSource
{
    private readonly JsonElement root = JsonDocument.Parse(json).RootElement;

    public static JsonVariables None { get; } = new("{}");

    public bool TryGetVariable(string name, out JsonElement value) => root.TryGetProperty(name, out value);
}
