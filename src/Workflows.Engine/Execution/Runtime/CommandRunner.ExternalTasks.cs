using System.Globalization;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>External tasks: the token waits while a worker outside the platform does the work. The worker completes
/// it, reports a BPMN error (caught like a thrown error) or a final failure (an incident; retrying it opens a new
/// task). Locks and retries before that are the store's: they change no instance state.</summary>
internal sealed partial class CommandRunner
{
    private void CreateExternalTask(InstanceRun run, Execution execution, ExternalTask task)
    {
        var info = new ExternalTaskInfo(
            TaskId: Guid.CreateVersion7(Now),
            InstanceId: run.Instance.Id,
            ExecutionId: execution.Id,
            ActivityId: task.Id,
            Topic: task.Topic,
            Priority: ExternalPriorityOf(task, VariablesOf(run, execution)),
            CreatedAt: Now);
        execution.State = ExecutionState.WaitingForExternalTask;
        execution.ExternalTaskId = info.TaskId;
        Emit(new ExternalTaskCreated(run.Instance.Id, Now, info));
    }

    public static Execution FindOpenExternalTask(InstanceRun run, Guid taskId) =>
        run.Executions.Find(execution => execution.ExternalTaskId == taskId && execution.State == ExecutionState.WaitingForExternalTask)
        ?? throw new ExternalTaskNotOpenException(taskId);

    public void CompleteExternalTask(InstanceRun run, Execution execution)
    {
        Emit(new ExternalTaskCompleted(run.Instance.Id, Now, execution.ExternalTaskId!.Value, Actor));
        execution.ExternalTaskId = null;
        execution.State = ExecutionState.Active;
        Schedule(AgendaStep.Leave, run, execution, run.Model.Node(execution.ActivityId));
    }

    /// <summary>The worker's BPMN error: the task closes, then the error is thrown from it as from a service task.</summary>
    public void ThrowExternalTaskError(InstanceRun run, Execution execution, string errorCode, string? errorMessage)
    {
        CloseExternalTask(run, execution);
        ThrowError(run, execution, errorCode, errorMessage);
    }

    /// <summary>The worker gave up (no retries left): the task closes and the token is parked on an incident whose retry
    /// executes the activity again, which opens a new task.</summary>
    public void FailExternalTask(InstanceRun run, Execution execution, string message)
    {
        CloseExternalTask(run, execution);
        RaiseIncident(run, execution, ExecutionStep.Execute, message);
    }

    private void CloseExternalTask(InstanceRun run, Execution execution)
    {
        Emit(new ExternalTaskCancelled(run.Instance.Id, Now, execution.ExternalTaskId!.Value));
        execution.ExternalTaskId = null;
        execution.State = ExecutionState.Active;
    }

    private static long ExternalPriorityOf(ExternalTask task, Expressions.IVariableSource variables)
    {
        if (Blank(task.Priority?.EvaluateString(variables)) is not { } text)
            return 0;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var priority)
            ? priority
            : throw new ProcessRuntimeException($"Priority '{text}' of external task '{task.Id}' is not an integer.");
    }
}
