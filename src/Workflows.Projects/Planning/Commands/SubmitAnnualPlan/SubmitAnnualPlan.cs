using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain.Planning;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Instances.StartInstance;

namespace Workflows.Projects.Planning.Commands.SubmitAnnualPlan;

/// <summary>
/// A department sends its annual plan of a year to the bureau (art. 7): starts the <c>annual-plan</c> process for the
/// department and year, which submits the drafted entries, has the bureau consolidate them and the county government approve
/// them, and publishes them. One running submission per department and year (409); nothing to submit is 400 (<c>art-7</c>).
/// </summary>
public sealed record SubmitAnnualPlan(int Year, string Department, string Actor) : ICommand<StartedInstance>;

public sealed class SubmitAnnualPlanHandler(WorkflowsDbContext db, ISender sender) : ICommandHandler<SubmitAnnualPlan, StartedInstance>
{
    public async ValueTask<StartedInstance> Handle(SubmitAnnualPlan command, CancellationToken cancellationToken)
    {
        var businessKey = PlanEntries.BusinessKey(command.Year, command.Department);
        if (await db.Instances.AnyAsync(i => i.BusinessKey == businessKey && i.Status == InstanceStatus.Running, cancellationToken))
            throw new ConflictException($"{command.Year}年度计划已在报送审核中 (art. 7: the plan is already with the bureau)");
        if (!await db.Set<PlanEntry>().AnyAsync(e => e.Year == command.Year && e.DepartmentCode == command.Department
                && (e.Status == PlanEntryStatus.Draft || e.Status == PlanEntryStatus.Returned), cancellationToken))
            throw new InvalidRequestException(PlanEntries.NothingToSubmit(command.Year));

        var variables = new Dictionary<string, JsonElement>
        {
            [DepartmentVariable.Name] = JsonSerializer.SerializeToElement(command.Department),
            ["planYear"] = JsonSerializer.SerializeToElement(command.Year),
        };
        return await sender.Send(new StartInstance(PlanEntries.Process, null, businessKey, variables, command.Actor), cancellationToken);
    }
}
