using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Instances.StartInstance;

namespace Workflows.Projects.Projects.Commands.StartProjectProcess;

/// <summary>
/// Starts a process of <see cref="ProjectProcesses"/> for one project: the business key is the project id, <c>projectId</c> is
/// set, a rectification order takes its department from the project (art. 28), and a project has at most one running
/// application review (new-project, or cross-department-project that calls it): a second one is 409, also when both race.
/// </summary>
public sealed record StartProjectProcess(
    string DefinitionKey, int? Version, Guid ProjectId, IReadOnlyDictionary<string, JsonElement> Variables, string Actor) : ICommand<StartedInstance>;

public sealed class StartProjectProcessHandler(WorkflowsDbContext db, ISender sender) : ICommandHandler<StartProjectProcess, StartedInstance>
{
    public async ValueTask<StartedInstance> Handle(StartProjectProcess command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var businessKey = project.Id.ToString();
        if (ProjectProcesses.Application.Contains(command.DefinitionKey))
            await EnsureNoRunningApplicationAsync(project, businessKey, cancellationToken);

        var variables = new Dictionary<string, JsonElement>(command.Variables)
        {
            ["projectId"] = JsonSerializer.SerializeToElement(businessKey),
        };
        if (ProjectProcesses.OfLeadDepartment.Contains(command.DefinitionKey))
            variables[DepartmentVariable.Name] = JsonSerializer.SerializeToElement(project.LeadDepartmentCode);
        return await sender.Send(new StartInstance(command.DefinitionKey, command.Version, businessKey, variables, command.Actor), cancellationToken);
    }

    /// <summary>
    /// The project row is the lock: the start first updates it under its concurrency token, so of two starts racing on a server
    /// database the second waits for the first to commit and then finds the row changed (409) instead of both passing the check.
    /// </summary>
    private async Task EnsureNoRunningApplicationAsync(Project project, string businessKey, CancellationToken cancellationToken)
    {
        var conflict = new ConflictException($"项目《{project.Name}》已有进行中的立项申请 (the project already has a running application)");
        project.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw conflict;
        }

        if (await db.Instances.AnyAsync(i => i.BusinessKey == businessKey && i.Status == InstanceStatus.Running
                && ProjectProcesses.Application.Contains(i.DefinitionKey), cancellationToken))
            throw conflict;
    }
}
