namespace Workflows.Engine.Migration;

/// <summary>One line of a migration plan, in Camunda's shape: the source activity moves to the target activity.
/// Lists as in Camunda's REST API; each holds exactly one id.</summary>
public sealed record MigrationInstruction(IReadOnlyList<string> SourceActivityIds, IReadOnlyList<string> TargetActivityIds);
