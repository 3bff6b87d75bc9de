using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>JUEL <c>empty x</c>: true for null, an empty string, an empty array or an empty object.</summary>
internal sealed class EmptyNode(ExpressionNode operand) : ExpressionNode(operand)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var value = operand.Evaluate(variables);
        return Value.FromBoolean(value.Kind switch
        {
            ValueKind.Null => true,
            ValueKind.String => value.Text!.Length == 0,
            ValueKind.Json when value.Json.ValueKind == JsonValueKind.Array => value.Json.GetArrayLength() == 0,
            ValueKind.Json => !value.Json.EnumerateObject().Any(),
            _ => false,
        });
    }
}
