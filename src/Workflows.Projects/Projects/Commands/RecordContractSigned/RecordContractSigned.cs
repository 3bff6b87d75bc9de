using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.History;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordContractSigned;

/// <summary>Records the signed contract and returns the art. 18 filing deadline, counted from the signing date entered.</summary>
public sealed record RecordContractSigned(Guid ProjectId, string ContractNumber, decimal Amount, bool DeliverablesAgreed, DateOnly SignedOn, string? Actor = null)
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
        // Art. 20: spending beyond the approved budget is a change of the project, approved before it is contracted.
        RuleViolation.RefuseIf(command.Amount > project.ApprovedBudget, "contractAmount",
            $"合同金额超过批复预算 {project.ApprovedBudget:0.##} 元，须先提出变更申请（第二十条） (art. 20: above the approved budget only after a change request)");
        await CheckSigningDateAsync(project, command.SignedOn, cancellationToken);

        var signedAt = deadlines.StartOf(command.SignedOn);
        project.ContractSignedAt = signedAt;
        project.MoveTo(ProjectStage.Contracted);
        // Art. 18: within 5 working days of signing, the contract is filed with the bureau and finance.
        var due = deadlines.Count(signedAt, ProjectDeadlines.ContractFilingWorkingDays);
        project.Record(deadlines.Now, command.Actor, "contract-signed",
            $"{command.SignedOn:yyyy-MM-dd} 签订合同 {command.ContractNumber}，应于 {deadlines.LocalDate(due.DueAt):yyyy-MM-dd} 前备案",
            newValues: new { command.ContractNumber, command.Amount, command.SignedOn, FilingDueAt = due.DueAt });
        return due;
    }

    /// <summary>The signing happened: not in the future, and not before the procurement it follows.</summary>
    private async Task CheckSigningDateAsync(Project project, DateOnly signedOn, CancellationToken cancellationToken)
    {
        RuleViolation.RefuseIf(signedOn > deadlines.Today, "contractSignedOn", "签订日期不能晚于今天 (the signing date cannot be in the future)");
        var procuredAt = await db.Set<ProjectHistoryEntry>().AsNoTracking()
            .Where(entry => entry.ProjectId == project.Id && entry.Action == "procured")
            .OrderByDescending(entry => entry.At).Select(entry => (DateTimeOffset?)entry.At).FirstOrDefaultAsync(cancellationToken);
        RuleViolation.RefuseIf(procuredAt is { } procured && signedOn < deadlines.LocalDate(procured), "contractSignedOn",
            $"签订日期不能早于采购完成日期 {deadlines.LocalDate(procuredAt.GetValueOrDefault()):yyyy-MM-dd} (the contract cannot be signed before the procurement)");
    }
}
