using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary><c>size(x)</c>: the length of a string or array, the property count of an object, 0 for null.</summary>
internal sealed class SizeFunctionNode(ExpressionNode operand) : ExpressionNode(operand)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var value = operand.Evaluate(variables);
        return value.Kind switch
        {
            ValueKind.Null => Value.FromNumber(0),
            ValueKind.String => Value.FromNumber(value.Text!.Length),
            ValueKind.Json when value.Json.ValueKind == JsonValueKind.Array => Value.FromNumber(value.Json.GetArrayLength()),
            ValueKind.Json => Value.FromNumber(value.Json.EnumerateObject().Count()),
            _ => throw new ExpressionEvaluationException($"size() needs a string, array or object, got {value.Describe()}"),
        };
    }
}
