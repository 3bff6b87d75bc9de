using System.Text.Json;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Authorization;

/// <summary>
/// Who may see and act on a user task: its assignee; otherwise its candidate users and groups, where the
/// department and township groups count only for clerks of the task's own department; a delegated task's owner; and
/// the leaders of its groups, who assign and delegate it.
/// </summary>
public static class TaskAccess
{
    public static void EnsureCanView(Caller caller, TaskDetails task)
    {
        if (!CanView(caller, task))
        {
            throw new ForbiddenException($"Task {task.Task.Id} is not one of {caller.UserName}'s tasks.");
        }
    }

    public static bool CanView(Caller caller, TaskDetails task) =>
        caller.IsAdmin || task.Task.Assignee == caller.UserName || task.Task.CompletedBy == caller.UserName || task.Task.Owner == caller.UserName
        || IsCandidate(caller, task);

    public static void EnsureCanAct(Caller caller, TaskDetails task)
    {
        var summary = task.Task;
        if (summary.Assignee is { } assignee && assignee != caller.UserName)
        {
            throw new ForbiddenException($"Task {summary.Id} is claimed by {assignee}.");
        }

        if (summary.Assignee is null && !IsCandidate(caller, task))
        {
            throw new ForbiddenException($"Task {summary.Id} is not one of {caller.UserName}'s tasks.");
        }
    }

    /// <summary>Claiming needs candidacy; a task claimed by someone else is a conflict the claim command reports.</summary>
    public static void EnsureCanClaim(Caller caller, TaskDetails task)
    {
        if (task.Task.Assignee != caller.UserName && !IsCandidate(caller, task))
        {
            throw new ForbiddenException($"Task {task.Task.Id} is not one of {caller.UserName}'s tasks.");
        }
    }

    /// <summary>
    /// Only the assignee gives a task back; administrators may free a task left claimed by someone absent.
    /// An unassigned task stays its candidates' business: nobody else learns it exists.
    /// </summary>
    public static void EnsureCanUnclaim(Caller caller, TaskDetails task)
    {
        if (caller.IsAdmin)
        {
            return;
        }

        if (task.Task.Assignee is { } assignee && assignee != caller.UserName)
        {
            throw new ForbiddenException($"Task {task.Task.Id} is claimed by {assignee}.");
        }

        if (task.Task.Assignee is null && !IsCandidate(caller, task))
        {
            throw new ForbiddenException($"Task {task.Task.Id} is not one of {caller.UserName}'s tasks.");
        }
    }

    /// <summary>
    /// Assigning and delegating are for a leader of one of the task's candidate groups (in the task's department for
    /// department groups); administrators are not leaders by right.
    /// </summary>
    public static void EnsureLeads(Caller caller, TaskDetails task)
    {
        if (!Leads(caller, task))
        {
            throw new ForbiddenException($"{caller.UserName} does not lead a group of task {task.Task.Id}.");
        }
    }

    public static bool Leads(Caller caller, TaskDetails task) => caller.IsLeader && IsGroupMember(caller, task);

    /// <summary>Whom a leader may hand a task to: a candidate user, or a member of a candidate group (of the task's department for department groups).</summary>
    public static bool IsMember(Caller user, TaskDetails task) => IsCandidate(user, task);

    private static bool IsGroupMember(Caller caller, TaskDetails task) =>
        task.CandidateGroups.Any(caller.CountyWideGroups.Contains)
        || (caller.DepartmentCode is not null
            && task.CandidateGroups.Any(caller.DepartmentGroups.Contains)
            && task.DepartmentCode == caller.DepartmentCode);

    private static bool IsCandidate(Caller caller, TaskDetails task) =>
        task.CandidateUsers.Contains(caller.UserName) || IsGroupMember(caller, task);

    public static string? DepartmentOf(IReadOnlyDictionary<string, JsonElement> variables) =>
        variables.TryGetValue(DepartmentVariable.Name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
