using Workflows.Engine.Execution.Planning;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>An instance being changed by the current command, with its definition's plan.</summary>
internal sealed class InstanceRun(ProcessInstance instance, ExecutionPlan plan)
{
    public ProcessInstance Instance { get; } = instance;
    public ExecutionPlan Plan { get; } = plan;
    public ProcessModel Model => Plan.Model;
    public List<Execution> Executions => Instance.Executions;

    public Execution? Find(Guid executionId)
    {
        foreach (var execution in Instance.Executions)
        {
            if (execution.Id == executionId)
                return execution;
        }
        return null;
    }

    public Execution? ParentOf(Execution execution) =>
        execution.ParentId is { } parentId ? Find(parentId) : null;

    public bool HasChildren(Execution scope)
    {
        foreach (var execution in Instance.Executions)
        {
            if (execution.ParentId == scope.Id)
                return true;
        }
        return false;
    }

    public List<Execution> ChildrenOf(Execution scope)
    {
        var children = new List<Execution>();
        foreach (var execution in Instance.Executions)
        {
            if (execution.ParentId == scope.Id)
                children.Add(execution);
        }
        return children;
    }

    /// <summary>A multi-instance child runs one iteration; its activity's boundary events belong to the body.</summary>
    public bool IsMultiInstanceChild(Execution execution) =>
        ParentOf(execution) is { State: ExecutionState.MultiInstanceBody };

    /// <summary>The history type of the activity instance <paramref name="execution"/> holds at <paramref name="node"/>.</summary>
    public string ActivityTypeOf(Execution execution, FlowNode node) =>
        node is Activity { MultiInstance: not null } && !IsMultiInstanceChild(execution)
            ? ActivityTypes.MultiInstanceBody
            : ActivityTypes.Of(node);

    public FlowNode? NodeOf(Execution execution) =>
        Model.NodesById.TryGetValue(execution.ActivityId, out var node) ? node : null;
}
