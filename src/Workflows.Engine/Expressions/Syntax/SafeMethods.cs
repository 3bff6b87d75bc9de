namespace Workflows.Engine.Expressions.Syntax;

/// <summary>The Java methods an expression may call on plain values (strings, lists, maps, numbers, booleans), with
/// the argument counts each takes; any other call (a bean, a type, reflection) is refused when the expression is read.</summary>
internal static class SafeMethods
{
    private static readonly Dictionary<string, int[]> Arities = new(StringComparer.Ordinal)
    {
        ["equals"] = [1], ["equalsIgnoreCase"] = [1], ["length"] = [0], ["isEmpty"] = [0], ["startsWith"] = [1],
        ["endsWith"] = [1], ["contains"] = [1], ["indexOf"] = [1], ["substring"] = [1, 2], ["toUpperCase"] = [0],
        ["toLowerCase"] = [0], ["trim"] = [0], ["toString"] = [0], ["size"] = [0], ["get"] = [1], ["containsKey"] = [1],
    };

    public static bool IsSafe(string name) => Arities.ContainsKey(name);

    public static bool Accepts(string name, int argumentCount) => Arities[name].Contains(argumentCount);
}
