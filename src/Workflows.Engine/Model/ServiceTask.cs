namespace Workflows.Engine.Model;

/// <summary>A service task bound to a named .NET handler
/// (<c>camunda:delegateExpression="${name}"</c> or <c>camunda:class</c>).</summary>
public sealed class ServiceTask : Activity
{
    public required string HandlerName { get; init; }
}
