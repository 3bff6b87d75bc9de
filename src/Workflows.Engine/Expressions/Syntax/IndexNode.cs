using System.Globalization;
using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>
/// <c>target[index]</c>: the item of a list (JSON array) at a whole-number index, or the property of a map (JSON object)
/// named by a string. A null target, a missing property and an index past the end are null (JUEL behaviour); anything
/// else is an error.
/// </summary>
internal sealed class IndexNode(ExpressionNode target, ExpressionNode index) : ExpressionNode(target, index)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var value = target.Evaluate(variables);
        var key = index.Evaluate(variables);
        if (value.Kind == ValueKind.Null)
            return Value.Null;
        if (value.Kind == ValueKind.Json && value.Json.ValueKind == JsonValueKind.Array && key.Kind == ValueKind.Number)
        {
            if (decimal.Truncate(key.Number) != key.Number)
                throw new ExpressionEvaluationException($"list index {key.Number.ToString(CultureInfo.InvariantCulture)} is not a whole number");
            return key.Number >= 0 && key.Number < value.Json.GetArrayLength() ? Value.FromJson(value.Json[(int)key.Number]) : Value.Null;
        }
        if (value.Kind == ValueKind.Json && value.Json.ValueKind == JsonValueKind.Object && key.Kind == ValueKind.String)
            return value.Json.TryGetProperty(key.Text!, out var property) ? Value.FromJson(property) : Value.Null;
        throw new ExpressionEvaluationException($"cannot index {WithArticle(value.Describe())} with {WithArticle(key.Describe())}");
    }

    private static string WithArticle(string kind) => (kind[0] is 'a' or 'o' ? "an " : "a ") + kind;
}
