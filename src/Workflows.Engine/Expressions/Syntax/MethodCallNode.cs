using System.Globalization;
using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>
/// <c>target.method(args)</c> for the <see cref="SafeMethods"/> only, with Java's meaning on a string, a list (JSON array),
/// a map (JSON object), a number or a boolean. Nothing is looked up by name at run time: a method the value's kind does
/// not have is an evaluation error, as is a call on null (Java's NullPointerException).
/// </summary>
internal sealed class MethodCallNode(ExpressionNode target, string name, ExpressionNode[] arguments)
    : ExpressionNode([target, .. arguments])
{
    public override Value Evaluate(IVariableSource variables)
    {
        var receiver = target.Evaluate(variables);
        var values = new Value[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
            values[i] = arguments[i].Evaluate(variables);
        return receiver.Kind switch
        {
            ValueKind.Null => throw new ExpressionEvaluationException($"cannot call '{name}' on null"),
            ValueKind.String => OnString(receiver.Text!, values),
            ValueKind.Json when receiver.Json.ValueKind == JsonValueKind.Array => OnList(receiver.Json, values),
            ValueKind.Json => OnMap(receiver.Json, values),
            _ => OnScalar(receiver, values),
        };
    }

    private Value OnString(string text, Value[] args) => name switch
    {
        "equals" => Value.FromBoolean(Operands.AreEqual(Value.FromString(text), args[0])),
        "equalsIgnoreCase" => Value.FromBoolean(args[0].Kind == ValueKind.String && string.Equals(text, args[0].Text, StringComparison.OrdinalIgnoreCase)),
        "length" => Value.FromNumber(text.Length),
        "isEmpty" => Value.FromBoolean(text.Length == 0),
        "startsWith" => Value.FromBoolean(text.StartsWith(Text(args[0]), StringComparison.Ordinal)),
        "endsWith" => Value.FromBoolean(text.EndsWith(Text(args[0]), StringComparison.Ordinal)),
        "contains" => Value.FromBoolean(text.Contains(Text(args[0]), StringComparison.Ordinal)),
        "indexOf" => Value.FromNumber(text.IndexOf(Text(args[0]), StringComparison.Ordinal)),
        "substring" => Value.FromString(Substring(text, args)),
        "toUpperCase" => Value.FromString(text.ToUpperInvariant()),
        "toLowerCase" => Value.FromString(text.ToLowerInvariant()),
        "trim" => Value.FromString(text.Trim()),
        "toString" => Value.FromString(text),
        _ => throw NotOn("string"),
    };

    private Value OnList(JsonElement list, Value[] args)
    {
        switch (name)
        {
            case "size":
                return Value.FromNumber(list.GetArrayLength());
            case "isEmpty":
                return Value.FromBoolean(list.GetArrayLength() == 0);
            case "get":
                var index = Index(args[0]);
                return index < list.GetArrayLength()
                    ? Value.FromJson(list[index])
                    : throw new ExpressionEvaluationException($"index {index} is out of range for a list of {list.GetArrayLength()}");
            case "contains" or "indexOf":
                var position = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (Operands.AreEqual(Value.FromJson(item), args[0]))
                        return name == "contains" ? Value.True : Value.FromNumber(position);
                    position++;
                }
                return name == "contains" ? Value.False : Value.FromNumber(-1);
            case "equals":
                return Value.FromBoolean(Operands.AreEqual(Value.FromJson(list), args[0]));
            default:
                throw NotOn("list");
        }
    }

    private Value OnMap(JsonElement map, Value[] args) => name switch
    {
        "get" => map.TryGetProperty(Text(args[0]), out var property) ? Value.FromJson(property) : Value.Null,
        "containsKey" => Value.FromBoolean(map.TryGetProperty(Text(args[0]), out _)),
        "size" => Value.FromNumber(map.EnumerateObject().Count()),
        "isEmpty" => Value.FromBoolean(!map.EnumerateObject().Any()),
        "equals" => Value.FromBoolean(Operands.AreEqual(Value.FromJson(map), args[0])),
        _ => throw NotOn("map"),
    };

    private Value OnScalar(Value receiver, Value[] args) => name switch
    {
        "equals" => Value.FromBoolean(Operands.AreEqual(receiver, args[0])),
        "toString" => Value.FromString(receiver.Kind == ValueKind.Boolean
            ? (receiver.Boolean ? "true" : "false")
            : receiver.Number.ToString(CultureInfo.InvariantCulture)),
        _ => throw NotOn(receiver.Describe()),
    };

    private string Text(Value argument) =>
        argument.Kind == ValueKind.String
            ? argument.Text!
            : throw new ExpressionEvaluationException($"'{name}' needs a string argument, got {argument.Describe()}");

    private int Index(Value argument) =>
        argument.Kind == ValueKind.Number && argument.Number >= 0 && argument.Number <= int.MaxValue && decimal.Truncate(argument.Number) == argument.Number
            ? (int)argument.Number
            : throw new ExpressionEvaluationException($"'{name}' needs a whole, non-negative index, got {(argument.Kind == ValueKind.Number ? argument.Number.ToString(CultureInfo.InvariantCulture) : argument.Describe())}");

    private string Substring(string text, Value[] args)
    {
        var begin = Index(args[0]);
        var end = args.Length > 1 ? Index(args[1]) : text.Length;
        return begin <= end && end <= text.Length
            ? text[begin..end]
            : throw new ExpressionEvaluationException($"substring({begin}, {end}) is out of range for a string of {text.Length}");
    }

    private ExpressionEvaluationException NotOn(string kind) => new($"a {kind} has no method '{name}'");
}
