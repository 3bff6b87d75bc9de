using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>A service task whose work is one sandboxed expression (<c>camunda:expression="${…}"</c>); its value
/// is stored in <see cref="ResultVariable"/> when <c>camunda:resultVariable</c> names one.</summary>
public sealed class ExpressionTask : Activity
{
    public required CompiledExpression Expression { get; init; }
    public string? ResultVariable { get; init; }
}
