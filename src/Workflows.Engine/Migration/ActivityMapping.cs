using Workflows.Engine.Execution;

namespace Workflows.Engine.Migration;

/// <summary>A validated plan: which target activity each mapped source activity becomes. Built by <see cref="MigrationPlanner.Validate"/>.</summary>
public sealed class ActivityMapping
{
    private readonly Dictionary<string, string> targets;

    internal ActivityMapping(ExecutableDefinition source, ExecutableDefinition target, Dictionary<string, string> targets)
    {
        Source = source;
        Target = target;
        this.targets = targets;
    }

    public ExecutableDefinition Source { get; }
    public ExecutableDefinition Target { get; }

    public string? TargetOf(string sourceActivityId) => targets.GetValueOrDefault(sourceActivityId);
}
