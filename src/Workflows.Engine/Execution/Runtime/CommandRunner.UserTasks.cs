using System.Globalization;
using Workflows.Engine.Execution.Timers;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>User tasks: evaluated assignment and deadlines, then a wait until the task is completed.</summary>
internal sealed partial class CommandRunner
{
    private const int DefaultPriority = 50;

    private void CreateUserTask(InstanceRun run, Execution execution, UserTask task)
    {
        var variables = VariablesOf(run, execution);
        var calendarName = task.Properties.GetValueOrDefault("calendar");
        var due = DateOf(task.DueDate, variables, calendarName);
        var info = new UserTaskInfo(
            TaskId: Guid.CreateVersion7(Now),
            InstanceId: run.Instance.Id,
            ExecutionId: execution.Id,
            ActivityId: task.Id,
            Name: task.NameTemplate is { } name ? name.EvaluateString(variables) : task.Name,
            Assignee: Blank(task.Assignee?.EvaluateString(variables)),
            CandidateUsers: SplitList(task.CandidateUsers, variables),
            CandidateGroups: SplitList(task.CandidateGroups, variables),
            DueAt: due?.At,
            FollowUpAt: DateOf(task.FollowUpDate, variables, calendarName)?.At,
            Priority: PriorityOf(task, variables),
            FormKey: task.FormKey,
            CreatedAt: Now,
            DueBasis: due?.Basis);
        execution.State = ExecutionState.WaitingForTask;
        execution.TaskId = info.TaskId;
        Emit(new UserTaskCreated(run.Instance.Id, Now, info));
    }

    public Execution FindOpenTask(InstanceRun run, Guid taskId)
    {
        foreach (var execution in run.Executions)
        {
            if (execution.TaskId == taskId && execution.State == ExecutionState.WaitingForTask)
                return execution;
        }
        throw new TaskNotOpenException(taskId);
    }

    public void CompleteUserTask(InstanceRun run, Execution execution)
    {
        Emit(new UserTaskCompleted(run.Instance.Id, Now, execution.TaskId!.Value, Actor));
        execution.TaskId = null;
        execution.State = ExecutionState.Active;
        Schedule(AgendaStep.Leave, run, execution, run.Model.Node(execution.ActivityId));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyList<string> SplitList(ValueTemplate? template, IVariableSource variables) =>
        template?.EvaluateString(variables) is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private DueInstant? DateOf(ValueTemplate? template, IVariableSource variables, string? calendarName) =>
        Blank(template?.EvaluateString(variables)) is { } value ? DueDates.DateOrDuration(value, calendarName) : null;

    private static int PriorityOf(UserTask task, IVariableSource variables)
    {
        if (Blank(task.Priority?.EvaluateString(variables)) is not { } text)
            return DefaultPriority;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var priority)
            ? priority
            : throw new ProcessRuntimeException($"Priority '{text}' of task '{task.Id}' is not an integer.");
    }
}
