using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordProcurement;

/// <summary>Records the tender, held on the result of the budget review (arts. 14, 16).</summary>
public sealed record RecordProcurement(Guid ProjectId, string Method, string BuilderName, string? Actor = null) : ICommand;

public sealed class RecordProcurementHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordProcurement>
{
    public async ValueTask<Unit> Handle(RecordProcurement command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        project.EnsureNotTerminated();
        if (project.Stage != ProjectStage.Budgeted)
            throw new ConflictException("项目预算尚未批复，不能采购（第十三条） (art. 13: no procurement before the budget is approved)");
        // Art. 14: the department tenders on the result of a qualified agency's budget review.
        RuleViolation.ThrowIfAny(RequiredDocumentRule.Check(await db.KindsAsync(project.Id, cancellationToken),
            DocumentKind.BudgetReviewReport, "预算评审报告", "第十四条").ToList());
        project.MoveTo(ProjectStage.Procured);
        project.Record(time.GetUtcNow(), command.Actor, "procured", $"完成采购，建设单位：{command.BuilderName}",
            newValues: new { command.Method, command.BuilderName });
        return Unit.Value;
    }
}
