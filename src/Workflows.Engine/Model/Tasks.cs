using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>A plain <c>task</c>, <c>manualTask</c> and the like: passes through.</summary>
public sealed class PassThroughTask : Activity;

public sealed class UserTask : Activity
{
    public ValueTemplate? Assignee { get; init; }
    public ValueTemplate? CandidateUsers { get; init; }
    public ValueTemplate? CandidateGroups { get; init; }
    public ValueTemplate? DueDate { get; init; }
    public ValueTemplate? FollowUpDate { get; init; }
    public ValueTemplate? Priority { get; init; }
    public string? FormKey { get; init; }
}

/// <summary>A service task bound to a named .NET handler
/// (<c>camunda:delegateExpression="${name}"</c> or <c>camunda:class</c>).</summary>
public sealed class ServiceTask : Activity
{
    public required string HandlerName { get; init; }
}
