using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public sealed class UserTask : Activity
{
    /// <summary>The name when it holds <c>${…}</c> (<c>My Task ${loopCounter}</c>), rendered when the task is created.</summary>
    public ValueTemplate? NameTemplate { get; init; }

    public ValueTemplate? Assignee { get; init; }
    public ValueTemplate? CandidateUsers { get; init; }
    public ValueTemplate? CandidateGroups { get; init; }
    public ValueTemplate? DueDate { get; init; }
    public ValueTemplate? FollowUpDate { get; init; }
    public ValueTemplate? Priority { get; init; }
    public string? FormKey { get; init; }
}
