using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Engine.Migration;
using Workflows.Engine.Model;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Migrations;

/// <summary>Finds the two versions a plan names: the source may be retired (its instances still run), the target is published.</summary>
public sealed class MigrationVersions(WorkflowsDbContext db, IDefinitionResolver definitions)
{
    public async ValueTask<(ExecutableDefinition Source, ExecutableDefinition Target)> FindAsync(
        string key, int sourceVersion, int targetVersion, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.Key == key && (d.Version == sourceVersion || d.Version == targetVersion) && d.Status != DefinitionStatus.Draft)
            .Select(d => new { d.Id, d.Version, d.Status })
            .ToListAsync(cancellationToken);
        var source = versions.Find(v => v.Version == sourceVersion);
        var target = versions.Find(v => v.Version == targetVersion && v.Status == DefinitionStatus.Published);
        var problems = new List<Problem>();
        if (source is null)
            problems.Add(new Problem("sourceVersion", $"流程 {key} 没有版本 {sourceVersion} (process '{key}' has no version {sourceVersion})"));
        if (target is null)
            problems.Add(new Problem("targetVersion", $"流程 {key} 没有已发布的版本 {targetVersion} (process '{key}' has no published version {targetVersion})"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return (await definitions.GetAsync(source!.Id, cancellationToken), await definitions.GetAsync(target!.Id, cancellationToken));
    }

    /// <summary>The plan checked against its versions; the mapping is null when the plan has errors.</summary>
    public async ValueTask<(ActivityMapping? Mapping, IReadOnlyList<MigrationPlanError> Errors)> CheckAsync(MigrationPlan plan, CancellationToken cancellationToken)
    {
        var (source, target) = await FindAsync(plan.SourceDefinitionKey, plan.SourceVersion, plan.TargetVersion, cancellationToken);
        return MigrationPlanner.Validate(source, target, plan.Instructions);
    }

    public static MigrationActivity Describe(FlowNode node) =>
        new(node.Id, node.Name, MigrationKinds.Of(node)!, (node as BoundaryEvent)?.AttachedTo.Id);
}
