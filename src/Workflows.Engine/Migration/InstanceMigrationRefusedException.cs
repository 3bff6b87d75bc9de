using Workflows.Engine.Execution;

namespace Workflows.Engine.Migration;

/// <summary>The instance does not fit the plan; nothing of it was changed.</summary>
public sealed class InstanceMigrationRefusedException(IReadOnlyList<MigrationInstanceError> errors)
    : EngineException(string.Join(Environment.NewLine, errors.Select(error => error.Message)))
{
    public IReadOnlyList<MigrationInstanceError> Errors { get; } = errors;
}
