using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Tasks.Common;

/// <summary>While a delegate holds a task, only resolving it moves it: nobody claims, assigns, gives back or completes it.</summary>
public static class PendingDelegation
{
    public static void EnsureNone(UserTaskRecord task)
    {
        if (task.Delegation == DelegationState.Pending)
            throw new ConflictException($"任务已委派给 {task.Assignee}，须待其办结委派 (task {task.Id} is delegated to {task.Assignee} until they resolve it)");
    }
}
