using System.Text.Json;
using Workflows.Engine.Execution.Runtime;
using Workflows.Engine.Migration;

namespace Workflows.Engine.Execution;

/// <summary>The commands: each validates against the instance's state, runs the token semantics in a
/// <see cref="CommandRunner"/> and returns the events in order.</summary>
public sealed partial class ProcessEngine
{
    private readonly EngineServices services = new(definitions, serviceTasks, time, calendar, limits ?? new EngineLimits());

    private async ValueTask<EngineResult> StartCoreAsync(IInstanceSession session, ExecutableDefinition definition, StartRequest request, CancellationToken cancellationToken)
    {
        var runner = new CommandRunner(services, session, request.Actor, cancellationToken) { FailWhenNoFlowMatches = request.FailWhenNoFlowMatches };
        runner.CheckRequestVariables(request.Variables);
        var instance = runner.NewInstance(definition, request.BusinessKey);
        session.Add(instance);
        var run = runner.Register(instance, definition.Model);
        runner.StartInstance(run, request.Variables, request.StartEventId);
        runner.CheckInstanceVariables(run);
        return await runner.FinishAsync();
    }

    private async ValueTask<EngineResult> CompleteTaskCoreAsync(IInstanceSession session, ProcessInstance instance, Guid taskId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        var runner = new CommandRunner(services, session, actor, cancellationToken);
        var run = await runner.EnterInstanceAsync(instance);
        var execution = runner.FindOpenTask(run, taskId);
        runner.SetRequestVariables(run, execution, variables);
        runner.CompleteUserTask(run, execution);
        return await runner.FinishAsync();
    }

    private async ValueTask<EngineResult> ExternalTaskCoreAsync(IInstanceSession session, ProcessInstance instance, Guid taskId, IReadOnlyDictionary<string, JsonElement>? variables, string? workerId,
        Action<CommandRunner, InstanceRun, Execution> close, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        var runner = new CommandRunner(services, session, workerId, cancellationToken);
        var run = await runner.EnterInstanceAsync(instance);
        var execution = CommandRunner.FindOpenExternalTask(run, taskId);
        runner.SetRequestVariables(run, execution, variables);
        close(runner, run, execution);
        return await runner.FinishAsync();
    }

    private ValueTask<EngineResult> CorrelateMessageCoreAsync(IInstanceSession session, ProcessInstance instance, Guid subscriptionId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken) =>
        TriggerAsync(session, instance, subscriptionId, EventWaitKind.Message, variables, actor, cancellationToken);

    private ValueTask<EngineResult> FireTimerCoreAsync(IInstanceSession session, ProcessInstance instance, Guid jobId, CancellationToken cancellationToken) =>
        TriggerAsync(session, instance, jobId, EventWaitKind.Timer, variables: null, actor: null, cancellationToken);

    private async ValueTask<EngineResult> TriggerAsync(IInstanceSession session, ProcessInstance instance, Guid waitId, EventWaitKind kind, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        var runner = new CommandRunner(services, session, actor, cancellationToken);
        var run = await runner.EnterInstanceAsync(instance);
        var (execution, wait) = CommandRunner.FindWait(run, waitId, kind)
            ?? throw new EventWaitNotFoundException(waitId, kind);
        runner.SetRequestVariables(run, execution, variables);
        runner.Trigger(run, execution, wait);
        return await runner.FinishAsync();
    }

    private async ValueTask<EngineResult> SignalCoreAsync(IInstanceSession session, ProcessInstance instance, string activityId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        var runner = new CommandRunner(services, session, actor, cancellationToken);
        var run = await runner.EnterInstanceAsync(instance);
        var (execution, wait) = CommandRunner.FindReceiveTaskWait(run, activityId) ?? throw new ReceiveTaskNotWaitingException(activityId);
        runner.SetRequestVariables(run, execution, variables);
        runner.Trigger(run, execution, wait);
        return await runner.FinishAsync();
    }

    private async ValueTask<EngineResult> CancelCoreAsync(IInstanceSession session, ProcessInstance instance, string? reason, string? actor, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        var runner = new CommandRunner(services, session, actor, cancellationToken) { CancelReason = reason };
        runner.CancelInstance(await runner.EnterInstanceAsync(instance));
        return await runner.FinishAsync();
    }

    private async ValueTask<EngineResult> RetryIncidentCoreAsync(IInstanceSession session, ProcessInstance instance, Guid incidentId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        var incident = instance.Incidents.Find(open => open.Id == incidentId) ?? throw new IncidentNotFoundException(incidentId);
        var runner = new CommandRunner(services, session, actor, cancellationToken);
        var run = await runner.EnterInstanceAsync(instance);
        runner.SetRequestVariables(run, run.Find(incident.ExecutionId), variables);
        runner.Retry(run, incident);
        return await runner.FinishAsync();
    }

    private async ValueTask<EngineResult> MigrateCoreAsync(IInstanceSession session, ProcessInstance instance, ActivityMapping mapping, bool updateEventTriggers, string? actor, CancellationToken cancellationToken)
    {
        CommandRunner.EnsureRunning(instance);
        if (MigrationPlanner.CheckInstance(instance, mapping) is { Count: > 0 } errors)
            throw new InstanceMigrationRefusedException(errors);
        var runner = new CommandRunner(services, session, actor, cancellationToken);
        runner.Migrate(instance, mapping, updateEventTriggers);
        return await runner.FinishAsync();
    }
}
