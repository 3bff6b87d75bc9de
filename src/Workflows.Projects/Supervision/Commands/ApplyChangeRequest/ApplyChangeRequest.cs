using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Parts;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Supervision.Changes;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.ApplyChangeRequest;

/// <summary>
/// Adjusts the project as the change says; the old values stay in its history (art. 20). A major change needs the
/// bureau's consent and, when it changes the budget, finance's; a minor one is applied as recorded. A new total budget
/// replaces the yearly split; it becomes the approved budget of a project that had one when finance agreed to it or when it is
/// lower (art. 13): a general change, which finance does not review, cannot raise what finance approved.
/// </summary>
public sealed record ApplyChangeRequest(Guid ChangeRequestId, string? Actor = null) : ICommand;

public sealed class ApplyChangeRequestHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ApplyChangeRequest>
{
    public async ValueTask<Unit> Handle(ApplyChangeRequest command, CancellationToken cancellationToken)
    {
        var request = await db.FindOrThrowAsync<ChangeRequest>(command.ChangeRequestId, "变更申请 (change request)", cancellationToken);
        if (request.Status != RequestStatus.Pending || (request.IsMajor && request.BureauOpinion is null))
            throw new ConflictException("变更申请未经主管部门同意（第二十条） (art. 20: the bureau has not agreed)");
        // Arts. 13, 20: a major budget change needs finance's consent as well.
        if (request.IsMajor && request.ChangesBudget && request.FinanceOpinion is null)
            throw new ConflictException("预算调整未经县财政局同意（第十三条） (art. 13: finance has not agreed to the budget change)");

        var project = await db.LoadAsync(request.ProjectId, cancellationToken);
        var old = new
        {
            project.Scope, project.TotalBudget, project.ApprovedBudget, project.PlannedCompletion,
            YearBudgets = project.YearBudgets.OrderBy(b => b.Year).Select(b => new YearBudget(b.Year, b.Amount)).ToList(),
        };
        project.Scope = request.NewScope ?? project.Scope;
        project.PlannedCompletion = request.NewPlannedCompletion ?? project.PlannedCompletion;
        if (request.NewTotalBudget is { } total)
        {
            project.TotalBudget = total;
            // Art. 13: finance approves the budget, so only its consent raises the approved one; a lower total lowers it.
            if (project.ApprovedBudget is { } approved && (request.FinanceOpinion is not null || total < approved))
                project.ApprovedBudget = total;
            var split = JsonSerializer.Deserialize<List<YearBudget>>(request.NewYearBudgets ?? "[]", YearBudgetJson.Options) ?? [];
            // Kept years stay the same rows (same key): a row removed and added again in one save would clash.
            project.YearBudgets.RemoveAll(row => split.All(b => b.Year != row.Year));
            foreach (var budget in split)
            {
                var row = project.YearBudgets.Find(b => b.Year == budget.Year);
                if (row is null)
                    project.YearBudgets.Add(new ProjectYearBudget { ProjectId = project.Id, Year = budget.Year, Amount = budget.Amount });
                else
                    row.Amount = budget.Amount;
            }
        }

        var now = time.GetUtcNow();
        request.Status = RequestStatus.Approved;
        request.DecidedAt = now;
        project.Record(now, command.Actor, "project-adjusted",
            request.IsMajor ? "按批准的重大变更调整项目（第二十条）" : "按一般变更调整项目，已告知主管部门（第二十条）", old,
            new
            {
                project.Scope, project.TotalBudget, project.ApprovedBudget, project.PlannedCompletion,
                YearBudgets = project.YearBudgets.OrderBy(b => b.Year).Select(b => new YearBudget(b.Year, b.Amount)).ToList(),
            });
        return Unit.Value;
    }
}
