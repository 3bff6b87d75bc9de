using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary><c>contains(x, item)</c>: an array holding an equal item, or a string holding a substring. Null holds nothing.</summary>
internal sealed class ContainsFunctionNode(ExpressionNode container, ExpressionNode item) : ExpressionNode(container, item)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var haystack = container.Evaluate(variables);
        var needle = item.Evaluate(variables);
        if (haystack.Kind == ValueKind.Null)
            return Value.False;
        if (haystack.Kind == ValueKind.String && needle.Kind == ValueKind.String)
            return Value.FromBoolean(haystack.Text!.Contains(needle.Text!, StringComparison.Ordinal));
        if (haystack.Kind == ValueKind.Json && haystack.Json.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in haystack.Json.EnumerateArray())
            {
                if (Operands.AreEqual(Value.FromJson(element), needle))
                    return Value.True;
            }
            return Value.False;
        }
        throw new ExpressionEvaluationException($"contains() cannot search a {haystack.Describe()} for a {needle.Describe()}");
    }
}
