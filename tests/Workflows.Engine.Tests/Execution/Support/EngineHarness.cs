using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Engine.InMemory;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Tests.Execution.Support;

/// <summary>
/// An engine over in-memory ports with a fake clock, projecting the events into open tasks,
/// subscriptions and timers the way a store would.
/// </summary>
internal sealed class EngineHarness(params IServiceTaskHandler[] handlers)
{
    private ProcessEngine? engine;

    /// <summary>Monday 2 March 2026, 09:00 UTC.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public InMemoryDefinitionResolver Definitions { get; } = new();
    public InMemoryInstanceSession Session { get; } = new();
    public IBusinessCalendar? Calendar { get; init; }
    public EngineLimits? Limits { get; init; }
    public List<EngineEvent> Events { get; } = [];
    public Dictionary<Guid, UserTaskInfo> OpenTasks { get; } = [];
    public Dictionary<Guid, MessageSubscriptionOpened> OpenSubscriptions { get; } = [];
    public Dictionary<Guid, TimerScheduled> OpenTimers { get; } = [];
    public Dictionary<Guid, ExternalTaskInfo> OpenExternalTasks { get; } = [];

    public ProcessEngine Engine => engine ??= new ProcessEngine(Definitions, new ServiceTaskRegistry(handlers), Time, Calendar, Limits);

    public ExecutableDefinition Deploy(string xml) => Definitions.Publish(BpmnImporter.ImportSingleExecutable(xml));

    public async Task<ProcessInstance> StartAsync(ExecutableDefinition definition, object? variables = null, string? businessKey = null)
    {
        var result = await Engine.StartAsync(Session, definition, new StartRequest(businessKey, variables is null ? null : Vars.Of(variables), "starter"));
        Record(result);
        return result.TouchedInstances[0];
    }

    public UserTaskInfo Task(ProcessInstance instance, string activityId) =>
        Tasks(instance, activityId).Single();

    public List<UserTaskInfo> Tasks(ProcessInstance instance, string activityId) =>
        OpenTasks.Values.Where(task => task.InstanceId == instance.Id && task.ActivityId == activityId).ToList();

    public List<string> OpenTaskActivities(ProcessInstance instance) =>
        OpenTasks.Values.Where(task => task.InstanceId == instance.Id).Select(task => task.ActivityId).Order().ToList();

    public async Task<EngineResult> CompleteAsync(ProcessInstance instance, string activityId, object? variables = null) =>
        await CompleteAsync(instance, Task(instance, activityId).TaskId, variables);

    public async Task<EngineResult> CompleteAsync(ProcessInstance instance, Guid taskId, object? variables = null)
    {
        var result = await Engine.CompleteTaskAsync(Session, instance, taskId, variables is null ? null : Vars.Of(variables), "clerk");
        Record(result);
        return result;
    }

    public async Task<EngineResult> CorrelateAsync(ProcessInstance instance, string messageName, object? variables = null)
    {
        var subscription = OpenSubscriptions.Values.Single(open => open.InstanceId == instance.Id && open.MessageName == messageName);
        var result = await Engine.CorrelateMessageAsync(Session, instance, subscription.SubscriptionId, variables is null ? null : Vars.Of(variables), "sender");
        Record(result);
        return result;
    }

    public ExternalTaskInfo ExternalTask(ProcessInstance instance, string activityId) =>
        OpenExternalTasks.Values.Single(task => task.InstanceId == instance.Id && task.ActivityId == activityId);

    public async Task<EngineResult> CompleteExternalAsync(ProcessInstance instance, Guid taskId, object? variables = null) =>
        Recorded(await Engine.CompleteExternalTaskAsync(Session, instance, taskId, variables is null ? null : Vars.Of(variables), "worker-1"));

    public async Task<EngineResult> ThrowExternalErrorAsync(ProcessInstance instance, Guid taskId, string errorCode, object? variables = null) =>
        Recorded(await Engine.ThrowExternalTaskErrorAsync(Session, instance, taskId, errorCode, errorMessage: null, variables is null ? null : Vars.Of(variables), "worker-1"));

    public async Task<EngineResult> FailExternalAsync(ProcessInstance instance, Guid taskId, string message) =>
        Recorded(await Engine.FailExternalTaskAsync(Session, instance, taskId, message, "worker-1"));

    public async Task<EngineResult> SignalAsync(ProcessInstance instance, string activityId)
    {
        var result = await Engine.SignalAsync(Session, instance, activityId, variables: null, "sender");
        Record(result);
        return result;
    }

    public async Task<EngineResult> CorrelateAsync(MessageSubscriptionOpened subscription)
    {
        var result = await Engine.CorrelateMessageAsync(Session, Instance(subscription.InstanceId), subscription.SubscriptionId, variables: null, "sender");
        Record(result);
        return result;
    }

    public TimerScheduled Timer(ProcessInstance instance, string activityId) =>
        OpenTimers.Values.Single(timer => timer.InstanceId == instance.Id && timer.ActivityId == activityId);

    public async Task<EngineResult> FireAsync(ProcessInstance instance, string activityId)
    {
        var timer = Timer(instance, activityId);
        Time.SetUtcNow(timer.DueAt);
        var result = await Engine.FireTimerAsync(Session, instance, timer.JobId);
        OpenTimers.Remove(timer.JobId);
        Record(result);
        return result;
    }

    public async Task<EngineResult> RetryAsync(ProcessInstance instance, object? variables = null)
    {
        var result = await Engine.RetryIncidentAsync(Session, instance, instance.Incidents.Single().Id, variables is null ? null : Vars.Of(variables), "admin");
        Record(result);
        return result;
    }

    public async Task<EngineResult> CancelAsync(ProcessInstance instance)
    {
        var result = await Engine.CancelAsync(Session, instance, "withdrawn", "admin");
        Record(result);
        return result;
    }

    public ProcessInstance Instance(Guid id) => Session.Get(id);

    public JsonElement Variable(ProcessInstance instance, string name) => instance.Variables[name];

    /// <summary>Activity ids in the order they ended without being cancelled.</summary>
    public List<string> Completed(ProcessInstance instance) =>
        Events.OfType<ActivityEnded>().Where(e => e.InstanceId == instance.Id && !e.Cancelled).Select(e => e.ActivityId).ToList();

    private EngineResult Recorded(EngineResult result)
    {
        Record(result);
        return result;
    }

    public void Record(EngineResult result)
    {
        foreach (var engineEvent in result.Events)
        {
            Events.Add(engineEvent);
            switch (engineEvent)
            {
                case UserTaskCreated created: OpenTasks.Add(created.Task.TaskId, created.Task); break;
                case UserTaskCompleted completed: OpenTasks.Remove(completed.TaskId); break;
                case UserTaskCancelled cancelled: OpenTasks.Remove(cancelled.TaskId); break;
                case MessageSubscriptionOpened opened: OpenSubscriptions.Add(opened.SubscriptionId, opened); break;
                case MessageSubscriptionClosed closed: OpenSubscriptions.Remove(closed.SubscriptionId); break;
                case TimerScheduled scheduled: OpenTimers.Add(scheduled.JobId, scheduled); break;
                case TimerCancelled cancelledTimer: OpenTimers.Remove(cancelledTimer.JobId); break;
                case ExternalTaskCreated external: OpenExternalTasks.Add(external.Task.TaskId, external.Task); break;
                case ExternalTaskCompleted externalDone: OpenExternalTasks.Remove(externalDone.TaskId); break;
                case ExternalTaskCancelled externalCancelled: OpenExternalTasks.Remove(externalCancelled.TaskId); break;
            }
        }
    }
}
