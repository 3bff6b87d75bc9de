using Mediator;
using Workflows.Engine.Migration;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Migrations.ValidateMigration;

/// <summary>Checks a plan and, when instances are named, whether each of them fits it (Camunda's validation report).</summary>
public sealed record ValidateMigration(MigrationPlan Plan, IReadOnlyList<Guid>? InstanceIds = null) : IQuery<MigrationValidationReport>;

public sealed record MigrationValidationReport(bool Valid, IReadOnlyList<MigrationPlanError> PlanErrors, IReadOnlyList<MigrationInstanceError> InstanceErrors);

public sealed class ValidateMigrationHandler(MigrationVersions versions, EngineRunner runner) : IQueryHandler<ValidateMigration, MigrationValidationReport>
{
    public async ValueTask<MigrationValidationReport> Handle(ValidateMigration query, CancellationToken cancellationToken)
    {
        var (mapping, planErrors) = await versions.CheckAsync(query.Plan, cancellationToken);
        var instanceErrors = new List<MigrationInstanceError>();
        if (mapping is not null)
        {
            var session = runner.NewSession();
            foreach (var instanceId in (query.InstanceIds ?? []).Distinct())
                instanceErrors.AddRange(await CheckAsync(session, instanceId, mapping, cancellationToken));
        }
        return new MigrationValidationReport(planErrors.Count == 0 && instanceErrors.Count == 0, planErrors, instanceErrors);
    }

    private static async ValueTask<IReadOnlyList<MigrationInstanceError>> CheckAsync(
        EfInstanceSession session, Guid instanceId, ActivityMapping mapping, CancellationToken cancellationToken)
    {
        try
        {
            var instance = await session.LoadAsync(instanceId, cancellationToken);
            return instance.Status == Engine.Execution.InstanceStatus.Running
                ? MigrationPlanner.CheckInstance(instance, mapping)
                : [new MigrationInstanceError(instanceId, "", $"实例已结束（{instance.Status}） (the instance is not running)")];
        }
        catch (NotFoundException)
        {
            return [new MigrationInstanceError(instanceId, "", $"实例 {instanceId} 不存在 (no such instance)")];
        }
    }
}
