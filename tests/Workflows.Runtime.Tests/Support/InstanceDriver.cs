using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tasks.ListTasks;

namespace Workflows.Runtime.Tests.Support;

/// <summary>Completes an instance's open tasks one command at a time (with <c>approved = true</c>) until none is left.</summary>
public static class InstanceDriver
{
    public static async Task CompleteAllTasksAsync(RuntimeHost host, Guid instanceId, string actor = "clerk")
    {
        while (true)
        {
            var page = await host.QueryAsync(new ListTasks(Take: 500));
            var task = page.Items.FirstOrDefault(t => t.InstanceId == instanceId);
            if (task is null)
                return;
            await host.SendAsync(new CompleteTask(task.Id, Variables.Of(("approved", true)), actor));
        }
    }
}
