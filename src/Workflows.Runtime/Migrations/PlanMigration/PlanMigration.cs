using Mediator;
using Workflows.Engine.Migration;

namespace Workflows.Runtime.Migrations.PlanMigration;

/// <summary>Generates a plan that maps every activity the target has under the same id (Camunda's <c>mapEqualActivities</c>).</summary>
public sealed record PlanMigration(string SourceDefinitionKey, int SourceVersion, int TargetVersion, bool UpdateEventTriggers = false)
    : IQuery<GeneratedMigrationPlan>;

/// <param name="UnmappedActivities">Source activities a token can rest at that the plan leaves behind: instances active there cannot move.</param>
/// <param name="SourceActivities">Every source activity that can be mapped, for the mapping table.</param>
/// <param name="TargetActivities">Every target activity a source activity can be mapped to.</param>
public sealed record GeneratedMigrationPlan(
    MigrationPlan Plan, IReadOnlyList<MigrationActivity> UnmappedActivities,
    IReadOnlyList<MigrationActivity> SourceActivities, IReadOnlyList<MigrationActivity> TargetActivities);

public sealed class PlanMigrationHandler(MigrationVersions versions) : IQueryHandler<PlanMigration, GeneratedMigrationPlan>
{
    public async ValueTask<GeneratedMigrationPlan> Handle(PlanMigration query, CancellationToken cancellationToken)
    {
        var (source, target) = await versions.FindAsync(query.SourceDefinitionKey, query.SourceVersion, query.TargetVersion, cancellationToken);
        var instructions = MigrationPlanner.MapEqualActivities(source.Model, target.Model);
        var plan = new MigrationPlan(source.Key, source.Version, target.Version, instructions, query.UpdateEventTriggers);
        return new GeneratedMigrationPlan(
            plan,
            [.. MigrationPlanner.Unmapped(source.Model, instructions).Select(MigrationVersions.Describe)],
            [.. MigrationPlanner.Migratable(source.Model).Select(MigrationVersions.Describe)],
            [.. MigrationPlanner.Migratable(target.Model).Select(MigrationVersions.Describe)]);
    }
}
