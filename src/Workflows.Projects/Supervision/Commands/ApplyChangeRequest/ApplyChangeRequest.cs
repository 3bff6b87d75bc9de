using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Projects.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.ApplyChangeRequest;

/// <summary>Adjusts the project as the approved change says; the old values stay in its history (art. 20).</summary>
public sealed record ApplyChangeRequest(Guid ChangeRequestId, string? Actor = null) : ICommand;

public sealed class ApplyChangeRequestHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ApplyChangeRequest>
{
    public async ValueTask<Unit> Handle(ApplyChangeRequest command, CancellationToken cancellationToken)
    {
        var request = await db.FindOrThrowAsync<ChangeRequest>(command.ChangeRequestId, "变更申请 (change request)", cancellationToken);
        if (request.Status != RequestStatus.Pending || request.BureauOpinion is null)
            throw new ConflictException("变更申请未经主管部门同意（第二十条） (art. 20: the bureau has not agreed)");
        // Arts. 13, 20: a budget change needs finance's consent as well.
        if (request.ChangesBudget && request.FinanceOpinion is null)
            throw new ConflictException("预算调整未经县财政局同意（第十三条） (art. 13: finance has not agreed to the budget change)");

        var project = await db.LoadAsync(request.ProjectId, cancellationToken);
        var old = new { project.Scope, project.TotalBudget, project.PlannedCompletion };
        project.Scope = request.NewScope ?? project.Scope;
        project.TotalBudget = request.NewTotalBudget ?? project.TotalBudget;
        project.PlannedCompletion = request.NewPlannedCompletion ?? project.PlannedCompletion;
        var now = time.GetUtcNow();
        request.Status = RequestStatus.Approved;
        request.DecidedAt = now;
        project.Record(now, command.Actor, "project-adjusted", "按批准的变更调整项目（第二十条）", old,
            new { project.Scope, project.TotalBudget, project.PlannedCompletion });
        return Unit.Value;
    }
}
