using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>Type rules shared by the operators: strict booleans and numbers, no implicit coercion.</summary>
internal static class Operands
{
    public static bool RequireBoolean(Value value, string operation) =>
        value.Kind == ValueKind.Boolean
            ? value.Boolean
            : throw new ExpressionEvaluationException($"'{operation}' needs a boolean, got {value.Describe()}");

    public static decimal RequireNumber(Value value, string operation) =>
        value.Kind == ValueKind.Number
            ? value.Number
            : throw new ExpressionEvaluationException($"'{operation}' needs a number, got {value.Describe()}");

    /// <summary>Values of different kinds are never equal; objects and arrays compare by content.</summary>
    public static bool AreEqual(Value left, Value right)
    {
        if (left.Kind != right.Kind)
            return false;
        return left.Kind switch
        {
            ValueKind.Null => true,
            ValueKind.Boolean => left.Boolean == right.Boolean,
            ValueKind.Number => left.Number == right.Number,
            ValueKind.String => string.Equals(left.Text, right.Text, StringComparison.Ordinal),
            _ => JsonElement.DeepEquals(left.Json, right.Json),
        };
    }
}
