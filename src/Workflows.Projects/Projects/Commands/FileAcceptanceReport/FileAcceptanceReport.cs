using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.HoldFunding;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.FileAcceptanceReport;

/// <summary>Files the acceptance report (art. 25); a late filing lifts the funding hold it caused.</summary>
public sealed record FileAcceptanceReport(Guid ProjectId, string Summary, string? Actor = null) : ICommand<ProjectFiling>;

public sealed class FileAcceptanceReportHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<FileAcceptanceReport, ProjectFiling>
{
    public async ValueTask<ProjectFiling> Handle(FileAcceptanceReport command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var acceptedAt = project.AcceptedAt ?? throw new ConflictException("项目尚未验收 (the project is not accepted yet)");
        RuleViolation.ThrowIfAny(RequiredDocumentRule.Check(await db.KindsAsync(project.Id, cancellationToken),
            DocumentKind.AcceptanceReport, "验收报告", "第二十五条").ToList());

        // Art. 25: within 30 working days after completion acceptance.
        var due = deadlines.WorkingDaysAfter(acceptedAt, ProjectDeadlines.AcceptanceReportWorkingDays);
        var document = await db.LatestAsync(project.Id, DocumentKind.AcceptanceReport, cancellationToken);
        var filing = Filings.Add(db, project, FilingKind.AcceptanceReport, deadlines.Now, due, command.Summary, document, command.Actor);
        var old = new { project.FundingStatus, project.FundingHoldReason };
        if (project.FundingStatus == FundingStatus.Held && project.FundingHoldReason == HoldFundingHandler.LateAcceptanceReport)
        {
            project.FundingStatus = FundingStatus.Normal;
            project.FundingHoldReason = null;
        }
        project.MoveTo(ProjectStage.InOperation);
        project.Record(filing.FiledAt, command.Actor, "acceptance-report-filed",
            filing.IsLate ? "验收报告备案（逾期，第二十五条）" : "验收报告备案（第二十五条）", old,
            new { project.FundingStatus, filing.DueAt, filing.IsLate });
        return filing;
    }
}
