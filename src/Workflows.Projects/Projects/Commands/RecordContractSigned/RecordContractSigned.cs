using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Projects;
using Workflows.Persistence.Projects.Documents;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordContractSigned;

/// <summary>Records the signed contract and returns the art. 18 filing deadline.</summary>
public sealed record RecordContractSigned(Guid ProjectId, string ContractNumber, decimal Amount, bool DeliverablesAgreed, string? Actor = null)
    : ICommand<CountedDeadline>;

public sealed class RecordContractSignedHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordContractSigned, CountedDeadline>
{
    public async ValueTask<CountedDeadline> Handle(RecordContractSigned command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage != ProjectStage.Procured)
            throw new ConflictException("项目尚未完成采购，不能签订合同 (no contract before procurement)");
        RuleViolation.ThrowIfAny(RequiredDocumentRule.Check(await db.KindsAsync(project.Id, cancellationToken),
            DocumentKind.Contract, "合同文本", "第十六、十八条").ToList());

        var now = deadlines.Now;
        project.ContractSignedAt = now;
        project.MoveTo(ProjectStage.Contracted);
        // Art. 18: within 5 working days of signing, the contract is filed with the bureau and finance.
        var due = deadlines.Count(now, ProjectDeadlines.ContractFilingWorkingDays);
        project.Record(now, command.Actor, "contract-signed", $"签订合同 {command.ContractNumber}，应于 {due.DueAt:yyyy-MM-dd} 前备案",
            newValues: new { command.ContractNumber, command.Amount, FilingDueAt = due.DueAt });
        return due;
    }
}
