using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.FileContract;

/// <summary>Files the signed contract with the bureau and finance (art. 18); a filing after the deadline is marked late.</summary>
public sealed record FileContract(Guid ProjectId, string Note, string? Actor = null) : ICommand<ProjectFiling>;

public sealed class FileContractHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<FileContract, ProjectFiling>
{
    public async ValueTask<ProjectFiling> Handle(FileContract command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var signedAt = project.ContractSignedAt
            ?? throw new ConflictException("尚未签订合同，无需备案 (no signed contract to file)");
        // Art. 18: within 5 working days of signing.
        var due = deadlines.WorkingDaysAfter(signedAt, ProjectDeadlines.ContractFilingWorkingDays);
        var filing = Filings.Add(db, project, FilingKind.Contract, deadlines.Now, due, command.Note, await db.LatestAsync(project.Id, DocumentKind.Contract, cancellationToken), command.Actor);
        project.Record(filing.FiledAt, command.Actor, "contract-filed", filing.IsLate ? "合同备案（逾期，第十八条）" : "合同备案（第十八条）",
            newValues: new { filing.FiledAt, filing.DueAt, filing.IsLate });
        return filing;
    }
}
