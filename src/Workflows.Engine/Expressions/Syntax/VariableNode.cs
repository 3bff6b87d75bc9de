namespace Workflows.Engine.Expressions.Syntax;

/// <summary>A variable reference. An unset variable is null, as in JUEL.</summary>
internal sealed class VariableNode(string name) : ExpressionNode
{
    public string Name => name;

    public override Value Evaluate(IVariableSource variables) =>
        variables.TryGetVariable(name, out var value) ? Value.FromJson(value) : Value.Null;
}
