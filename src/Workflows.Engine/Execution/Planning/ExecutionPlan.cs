using System.Runtime.CompilerServices;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Planning;

/// <summary>
/// Lookups computed once per <see cref="ProcessModel"/> instance (a definition version is immutable),
/// so a command never walks the model to find start events or reachability.
/// </summary>
internal sealed class ExecutionPlan
{
    private static readonly ConditionalWeakTable<ProcessModel, ExecutionPlan> Plans = new();

    private readonly Dictionary<IFlowScope, StartEvent> startEvents = [];
    private readonly Dictionary<InclusiveGateway, HashSet<string>> inclusiveJoinReach = [];
    private readonly Dictionary<TimerEventDefinition, CompiledExpression> timerExpressions = [];

    private ExecutionPlan(ProcessModel model)
    {
        Model = model;
        IndexScope(model);
    }

    public ProcessModel Model { get; }

    public bool HasInclusiveJoins => inclusiveJoinReach.Count > 0;

    public static ExecutionPlan For(ProcessModel model) => Plans.GetValue(model, static m => new ExecutionPlan(m));

    /// <summary>The none start event a new token of <paramref name="scope"/> begins at. A timer start is never
    /// a fallback: it is reached only when the timer layer names it.</summary>
    public StartEvent StartEventOf(IFlowScope scope) =>
        startEvents.TryGetValue(scope, out var start)
            ? start
            : throw new EngineException($"Process '{scope.Id}' has no none start event: it starts on its timer only.");

    /// <summary>Whether <paramref name="scope"/> can start without naming a start event; a process whose only
    /// starts are timer start events cannot (art. 26).</summary>
    public bool HasNoneStart(IFlowScope scope) => startEvents.ContainsKey(scope);

    /// <summary>A start event of the process itself (not of a sub-process), e.g. a timer start the timer layer fires.</summary>
    public StartEvent TopLevelStartEvent(string id) =>
        Model.NodesById.TryGetValue(id, out var node) && node is StartEvent start && start.Scope == Model
            ? start
            : throw new EngineException($"'{id}' is not a start event of process '{Model.Id}'.");

    /// <summary>The nodes of the gateway's scope from which a token can still reach it without passing it.</summary>
    public HashSet<string> NodesReaching(InclusiveGateway gateway) => inclusiveJoinReach[gateway];

    /// <summary>The compiled <c>${…}</c> of a timer whose value is an expression; null for a literal ISO value.</summary>
    public CompiledExpression? TimerExpressionOf(TimerEventDefinition timer) => timerExpressions.GetValueOrDefault(timer);

    private void IndexScope(IFlowScope scope)
    {
        foreach (var node in scope.Children)
        {
            switch (node)
            {
                case StartEvent { Definition: null } noneStart:
                    startEvents[scope] = noneStart;
                    break;
                case SubProcess subProcess:
                    IndexScope(subProcess);
                    break;
                case InclusiveGateway { Incoming.Count: > 1 } join:
                    inclusiveJoinReach[join] = ReachabilityAnalysis.NodesReaching(join);
                    break;
                case BoundaryEvent { Definition: TimerEventDefinition timer }:
                    IndexTimer(timer);
                    break;
                case IntermediateCatchEvent { Definition: TimerEventDefinition timer }:
                    IndexTimer(timer);
                    break;
            }
        }
    }

    private void IndexTimer(TimerEventDefinition timer)
    {
        if (ExpressionCompiler.ExtractBody(timer.Expression) is not null)
            timerExpressions.TryAdd(timer, ExpressionCompiler.CompileDelimited(timer.Expression));
    }
}
