using Workflows.Engine.Execution;
using Workflows.Engine.Model;

namespace Workflows.Engine.Migration;

/// <summary>
/// Builds and checks migration plans as Camunda 7 does: equal ids are mapped by default (<c>mapEqualActivities</c>),
/// a plan maps each source activity once to an existing target of the same kind in the matching scope, and an
/// instance fits a plan when every activity it is active in is mapped.
/// </summary>
public static class MigrationPlanner
{
    /// <summary>One instruction per source activity whose id the target has, with a compatible node.</summary>
    public static IReadOnlyList<MigrationInstruction> MapEqualActivities(ProcessModel source, ProcessModel target) =>
        [.. source.NodesById.Values
            .Where(node => MigrationKinds.Of(node) is not null
                && target.NodesById.TryGetValue(node.Id, out var twin) && PairError(node, twin) is null)
            .OrderBy(node => node.Line)
            .Select(node => new MigrationInstruction([node.Id], [node.Id]))];

    /// <summary>Every node of the model that can be mapped, in document order: where tokens rest, and boundary events.</summary>
    public static IReadOnlyList<FlowNode> Migratable(ProcessModel model) =>
        [.. model.NodesById.Values.Where(node => MigrationKinds.Of(node) is not null).OrderBy(node => node.Line)];

    /// <summary>The source activities a token can rest at that no instruction maps: instances active there cannot move.</summary>
    public static IReadOnlyList<FlowNode> Unmapped(ProcessModel source, IEnumerable<MigrationInstruction> instructions)
    {
        var mapped = instructions.SelectMany(instruction => instruction.SourceActivityIds).ToHashSet(StringComparer.Ordinal);
        return [.. source.NodesById.Values.Where(node => MigrationKinds.HoldsTokens(node) && !mapped.Contains(node.Id)).OrderBy(node => node.Line)];
    }

    /// <summary>Checks the plan; the mapping is null when there are errors.</summary>
    public static (ActivityMapping? Mapping, IReadOnlyList<MigrationPlanError> Errors) Validate(
        ExecutableDefinition source, ExecutableDefinition target, IReadOnlyList<MigrationInstruction> instructions)
    {
        var errors = new List<MigrationPlanError>();
        if (source.Key != target.Key)
            errors.Add(new MigrationPlanError(null, $"源与目标须为同一流程（{source.Key} ≠ {target.Key}） (source and target must be versions of the same process)"));
        if (source.Version == target.Version)
            errors.Add(new MigrationPlanError(null, $"源版本与目标版本相同（v{source.Version}） (source and target are the same version)"));

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var pairs = new List<(int Index, FlowNode Source, FlowNode Target)>();
        for (var index = 0; index < instructions.Count; index++)
        {
            var instruction = instructions[index];
            if (instruction.SourceActivityIds is not [string sourceId] || instruction.TargetActivityIds is not [string targetId])
            {
                errors.Add(new MigrationPlanError(index, "每条指令须将一个源活动映射到一个目标活动 (an instruction maps exactly one source activity to one target activity)"));
                continue;
            }
            if (!source.Model.NodesById.TryGetValue(sourceId, out var from))
            {
                errors.Add(new MigrationPlanError(index, $"源版本中没有活动 {sourceId} (no activity '{sourceId}' in the source version)"));
                continue;
            }
            if (!target.Model.NodesById.TryGetValue(targetId, out var to))
            {
                errors.Add(new MigrationPlanError(index, $"目标版本中没有活动 {targetId} (no activity '{targetId}' in the target version)"));
                continue;
            }
            if (!targets.TryAdd(sourceId, targetId))
            {
                errors.Add(new MigrationPlanError(index, $"源活动 {sourceId} 被映射了多次 (source activity '{sourceId}' is mapped more than once)"));
                continue;
            }
            if (PairError(from, to) is { } pairError)
                errors.Add(new MigrationPlanError(index, pairError));
            else
                pairs.Add((index, from, to));
        }

        foreach (var (index, from, to) in pairs)
        {
            if (ScopeError(from, to, targets) is { } scopeError)
                errors.Add(new MigrationPlanError(index, scopeError));
        }
        return errors.Count == 0 ? (new ActivityMapping(source, target, targets), errors) : (null, errors);
    }

    /// <summary>Every activity the instance is active in must be mapped, and a token waiting at a join must find its flow.</summary>
    public static IReadOnlyList<MigrationInstanceError> CheckInstance(ProcessInstance instance, ActivityMapping mapping)
    {
        if (instance.DefinitionId != mapping.Source.Id)
        {
            return [new MigrationInstanceError(instance.Id, "",
                $"实例运行在 {instance.DefinitionKey} v{instance.DefinitionVersion}，不是计划的源版本 v{mapping.Source.Version} (the instance does not run on the plan's source version)")];
        }
        var errors = new List<MigrationInstanceError>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var execution in instance.Executions)
        {
            if (execution.ParentId is null)
                continue;
            if (mapping.TargetOf(execution.ActivityId) is not { } targetId)
            {
                if (reported.Add(execution.ActivityId))
                {
                    errors.Add(new MigrationInstanceError(instance.Id, execution.ActivityId,
                        $"活动 {execution.ActivityId} 处于活动状态但未映射 (active activity '{execution.ActivityId}' is not mapped)"));
                }
                continue;
            }
            if (execution is { State: ExecutionState.Joined, JoinFlowId: { } flowId }
                && !mapping.Target.Model.Node(targetId).Incoming.Exists(flow => flow.Id == flowId))
            {
                errors.Add(new MigrationInstanceError(instance.Id, execution.ActivityId,
                    $"在 {execution.ActivityId} 等待汇合的令牌所经的顺序流 {flowId} 不是目标 {targetId} 的入口 (the joining token's flow does not enter the target gateway)"));
            }
        }
        return errors;
    }

    private static string? PairError(FlowNode from, FlowNode to)
    {
        if (MigrationKinds.Of(from) is not { } kind)
            return $"活动 {from.Id} 不能迁移：令牌不会停留在这里 (activity '{from.Id}' cannot be migrated: no token rests there)";
        if (MigrationKinds.Of(to) != kind)
            return $"{from.Id} 与 {to.Id} 类型不兼容 (activity '{from.Id}' is a {kind}, '{to.Id}' is not)";
        var fromLoop = (from as Activity)?.MultiInstance;
        var toLoop = (to as Activity)?.MultiInstance;
        if ((fromLoop is null) != (toLoop is null) || fromLoop is not null && fromLoop.IsSequential != toLoop!.IsSequential)
            return $"{from.Id} 与 {to.Id} 的多实例特性不一致 (multi-instance characteristics of '{from.Id}' and '{to.Id}' differ)";
        return null;
    }

    /// <summary>An activity stays in the scope its parent scope maps to; a boundary event stays on its activity's target.</summary>
    private static string? ScopeError(FlowNode from, FlowNode to, Dictionary<string, string> targets)
    {
        if (from is BoundaryEvent boundary && to is BoundaryEvent toBoundary)
        {
            return targets.GetValueOrDefault(boundary.AttachedTo.Id) == toBoundary.AttachedTo.Id ? null
                : $"边界事件 {from.Id} 所附活动 {boundary.AttachedTo.Id} 须映射到 {toBoundary.AttachedTo.Id} (the boundary event's activity must map to the target event's activity)";
        }
        return from.Scope switch
        {
            SubProcess parent when targets.GetValueOrDefault(parent.Id) != to.Scope.Id =>
                $"{from.Id} 所在子流程 {parent.Id} 须映射到 {to.Id} 所在的范围 {to.Scope.Id} (the enclosing sub-process must map to the target's scope)",
            ProcessModel when to.Scope is not ProcessModel =>
                $"{from.Id} 在流程顶层，{to.Id} 在子流程 {to.Scope.Id} 中 (a top-level activity cannot move into a sub-process)",
            _ => null,
        };
    }
}
