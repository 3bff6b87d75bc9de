using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>
/// <c>target.name</c>: reads a property of a JSON object. A missing property or a null target is null
/// (JUEL behaviour); anything else is an error. This is never type or method access.
/// </summary>
internal sealed class MemberNode(ExpressionNode target, string name) : ExpressionNode(target)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var value = target.Evaluate(variables);
        if (value.Kind == ValueKind.Null)
            return Value.Null;
        if (value.Kind == ValueKind.Json && value.Json.ValueKind == JsonValueKind.Object)
            return value.Json.TryGetProperty(name, out var property) ? Value.FromJson(property) : Value.Null;
        throw new ExpressionEvaluationException($"cannot read property '{name}' of a {value.Describe()}");
    }
}
