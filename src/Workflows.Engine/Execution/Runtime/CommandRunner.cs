using Workflows.Engine.Execution.Planning;
using Workflows.Engine.Execution.Timers;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>
/// Interprets one engine command: runs the agenda until every token rests (at a wait state, an
/// incident or the end), collecting events in order across all instances it touches.
/// </summary>
internal sealed partial class CommandRunner
{
    private readonly EngineServices services;
    private readonly IInstanceSession session;
    private readonly CancellationToken cancellationToken;
    private readonly Queue<AgendaItem> agenda = new();
    private readonly List<EngineEvent> events = [];
    private readonly List<InstanceRun> runs = [];
    private DueDateCalculator? dueDates;
    private int steps;

    public CommandRunner(EngineServices services, IInstanceSession session, string? actor, CancellationToken cancellationToken)
    {
        this.services = services;
        this.session = session;
        this.cancellationToken = cancellationToken;
        Actor = actor;
        Now = services.Time.GetUtcNow();
    }

    public DateTimeOffset Now { get; }
    public string? Actor { get; }

    /// <summary>Recorded on the <see cref="InstanceEnded"/> events of a cancel command.</summary>
    public string? CancelReason { get; init; }

    private DueDateCalculator DueDates => dueDates ??= new DueDateCalculator(services.Time, services.Calendar, Now);

    /// <summary>Registers an instance the command changes; loads its definition's plan once per command.</summary>
    public async ValueTask<InstanceRun> EnterInstanceAsync(ProcessInstance instance)
    {
        foreach (var existing in runs)
        {
            if (existing.Instance == instance)
                return existing;
        }
        var definition = await services.Definitions.GetAsync(instance.DefinitionId, cancellationToken);
        return Register(instance, definition.Model);
    }

    public InstanceRun Register(ProcessInstance instance, ProcessModel model)
    {
        var run = new InstanceRun(instance, ExecutionPlan.For(model));
        runs.Add(run);
        return run;
    }

    public static void EnsureRunning(ProcessInstance instance)
    {
        if (instance.Status != InstanceStatus.Running)
            throw new InstanceNotRunningException(instance.Id, instance.Status);
    }

    public async ValueTask<EngineResult> FinishAsync()
    {
        await DrainAsync();
        var touched = new List<ProcessInstance>(runs.Count);
        foreach (var run in runs)
        {
            run.Instance.Revision++;
            touched.Add(run.Instance);
        }
        return new EngineResult(events, touched);
    }

    private void Emit(EngineEvent engineEvent) => events.Add(engineEvent);

    private void Schedule(AgendaStep step, InstanceRun run, Execution execution, FlowNode node) =>
        agenda.Enqueue(new AgendaItem(step, run, execution, node));

    private async ValueTask DrainAsync()
    {
        do
        {
            while (agenda.TryDequeue(out var item))
            {
                if (item.Execution is { Removed: true })
                    continue;
                if (++steps > services.Limits.MaxStepsPerCommand)
                    throw Runaway(item);
                await RunAsync(item);
            }
        }
        while (FireReadyInclusiveJoins());
    }

    /// <summary>The step budget is spent: a loop that never waits. Thrown, so the command rolls back (see <see cref="EngineLimits"/>).</summary>
    private RunawayCommandException Runaway(AgendaItem item)
    {
        var activityId = item.Node?.Id ?? item.Execution?.ActivityId ?? item.Run.Model.Id;
        return new RunawayCommandException(activityId,
            $"The command took more than {services.Limits.MaxStepsPerCommand} steps without coming to rest: process '{item.Run.Instance.DefinitionKey}' loops at '{activityId}'.");
    }

    private async ValueTask RunAsync(AgendaItem item)
    {
        switch (item.Step)
        {
            case AgendaStep.ResumeCaller:
                await ResumeCallerAsync(item.Run);
                return;
            case AgendaStep.CancelCalledInstance:
                await CancelCalledInstanceAsync(item.TargetInstanceId);
                return;
            case AgendaStep.PropagateErrorToCaller:
                await PropagateErrorToCallerAsync(item.Run, item.Execution!, item.ErrorCode!, item.ErrorMessage);
                return;
        }
        var run = item.Run;
        var execution = item.Execution!;
        var node = item.Node!;
        var step = item.Step switch
        {
            AgendaStep.Arrive or AgendaStep.Begin => ExecutionStep.Begin,
            AgendaStep.Execute => ExecutionStep.Execute,
            _ => ExecutionStep.Leave,
        };
        try
        {
            switch (item.Step)
            {
                case AgendaStep.Arrive:
                    Arrive(run, execution, node);
                    break;
                case AgendaStep.Begin:
                    Begin(run, execution, node);
                    break;
                case AgendaStep.Execute:
                    await ExecuteAsync(run, execution, node);
                    break;
                default:
                    Complete(run, execution, node);
                    break;
            }
        }
        catch (ExpressionException exception)
        {
            RaiseIncident(run, execution, step, exception.Message);
        }
        catch (ProcessRuntimeException exception)
        {
            RaiseIncident(run, execution, step, exception.Message);
        }
    }

    private VariableScope VariablesOf(InstanceRun run, Execution execution) => new(run, execution);
}
