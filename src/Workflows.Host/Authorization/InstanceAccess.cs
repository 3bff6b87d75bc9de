using System.Text.Json;
using Mediator;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.GetInstance;

namespace Workflows.Host.Authorization;

/// <summary>
/// Department clerks see an instance of their own department, one in which their department has (or had) a task,
/// and one of a project their department co-builds: art. 8, the lead and co-building departments form one plan.
/// </summary>
public static class InstanceAccess
{
    public static async Task EnsureCanViewAsync(Caller caller, InstanceDetails instance, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!caller.IsDepartmentScoped || TaskAccess.DepartmentOf(instance.Variables) is { } owner && owner == caller.DepartmentCode)
        {
            return;
        }

        if (caller.DepartmentCode is not { } department
            || !(await HasDepartmentTaskAsync(instance.Id, department, mediator, cancellationToken)
                || await CoBuildsProjectAsync(instance.Variables, department, mediator, cancellationToken)))
        {
            throw new ForbiddenException($"Process instance {instance.Id} belongs to another department.");
        }
    }

    private static async Task<bool> HasDepartmentTaskAsync(Guid instanceId, string department, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new Runtime.Tasks.ListTasks.ListTasks(Status: null, InstanceId: instanceId, OfDepartment: department, Take: 1), cancellationToken))
        .Total > 0;

    private static async Task<bool> CoBuildsProjectAsync(
        IReadOnlyDictionary<string, JsonElement> variables, string department, IMediator mediator, CancellationToken cancellationToken)
    {
        if (ProjectBinding.ProjectOf(variables) is not { } projectId)
        {
            return false;
        }

        try
        {
            return (await mediator.Send(new GetProjectDepartments(projectId), cancellationToken)).Includes(department);
        }
        catch (NotFoundException)
        {
            // An instance naming a deleted or mistyped project grants nothing.
            return false;
        }
    }
}
