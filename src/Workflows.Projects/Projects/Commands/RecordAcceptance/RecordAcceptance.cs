using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Domain.Security;
using Workflows.Projects.Security;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordAcceptance;

/// <summary>
/// Records the completion acceptance (arts. 22-24) as decided on the date entered: pass (<see cref="ReviewDecision.Approve"/>),
/// rework (<see cref="ReviewDecision.Return"/>) or fail (<see cref="ReviewDecision.Reject"/>). A pass returns the art. 25
/// deadline of the acceptance report, counted from the acceptance date; rework and fail return null and construction goes on.
/// </summary>
public sealed record RecordAcceptance(
    Guid ProjectId, ReviewDecision Decision, bool DataSharedToPlatform, bool SecureAndControllable, DateOnly AcceptedOn, string Opinion, string? Actor = null)
    : ICommand<CountedDeadline?>;

public sealed class RecordAcceptanceHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordAcceptance, CountedDeadline?>
{
    public async ValueTask<CountedDeadline?> Handle(RecordAcceptance command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (project.Stage != ProjectStage.UnderConstruction)
            throw new ConflictException("项目不在建设阶段，不能验收 (the project is not under construction)");
        if (command.Decision == ReviewDecision.Approve)
        {
            // Art. 23: sharable data in the data-sharing exchange platform is part of acceptance.
            RuleViolation.RefuseIf(!command.DataSharedToPlatform, "dataSharedToPlatform",
                "可共享数据未接入数据共享交换平台，不能验收通过（第二十三条） (art. 23: sharable data must be in the sharing platform to pass)");
            // Art. 24: secure and controllable key products are an important part of acceptance.
            RuleViolation.RefuseIf(!command.SecureAndControllable, "secureAndControllable",
                "关键产品未达到安全可控要求，不能验收通过（第二十四条） (art. 24: key products must be secure and controllable to pass)");
            await CheckSecurityAssessmentsAsync(project, cancellationToken);
        }
        await CheckAcceptanceDateAsync(project, command.AcceptedOn, cancellationToken);

        var now = deadlines.Now;
        db.Add(new ProjectReview
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Stage = ReviewStage.CompletionAcceptance, Decision = command.Decision,
            Opinion = command.Opinion.Trim(), Reviewer = command.Actor ?? "", ReviewedAt = now,
        });
        project.DataSharedToPlatform = command.DataSharedToPlatform;
        project.SecureAndControllable = command.SecureAndControllable;
        if (command.Decision != ReviewDecision.Approve)
        {
            var outcome = command.Decision == ReviewDecision.Reject ? "竣工验收不通过" : "竣工验收需整改后复验";
            project.Record(now, command.Actor, "acceptance-not-passed", $"{command.AcceptedOn:yyyy-MM-dd} {outcome}，继续建设",
                newValues: new { command.Decision, command.AcceptedOn, command.DataSharedToPlatform, command.SecureAndControllable, command.Opinion });
            return null;
        }

        var acceptedAt = deadlines.StartOf(command.AcceptedOn);
        project.AcceptedAt = acceptedAt;
        project.MoveTo(ProjectStage.Accepted);
        await SharedDataListing.ListAsync(db, project, now, cancellationToken);
        // Art. 25: the acceptance report is filed within 30 working days of the acceptance.
        var due = deadlines.Count(acceptedAt, ProjectDeadlines.AcceptanceReportWorkingDays);
        project.Record(now, command.Actor, "accepted", $"{command.AcceptedOn:yyyy-MM-dd} 通过竣工验收，验收报告应于 {deadlines.LocalDate(due.DueAt):yyyy-MM-dd} 前备案",
            newValues: new { AcceptedAt = acceptedAt, ReportDueAt = due.DueAt, command.Opinion });
        return due;
    }

    /// <summary>
    /// Art. 37 (同步建设): from the second protection level, no pass without the 等保测评 and the 密评 recorded with their
    /// reports on file.
    /// </summary>
    private async Task CheckSecurityAssessmentsAsync(Project project, CancellationToken cancellationToken)
    {
        if (!SecurityAssessments.Required(project.ProtectionLevel))
            return;
        var recorded = await SecurityAssessments.RecordedKindsAsync(db, project.Id, cancellationToken);
        var missing = Enum.GetValues<SecurityAssessmentKind>().Where(kind => !recorded.Contains(kind)).Select(SecurityAssessments.NameOf).ToList();
        RuleViolation.RefuseIf(missing.Count > 0, "art-37",
            $"未完成{string.Join("、", missing)}并备案报告，不能验收通过（第三十七条） (art. 37: the protection and cryptography assessments must be on file to pass)");
    }

    /// <summary>The acceptance happened: not in the future, and not before the construction it accepts was reported complete.</summary>
    private async Task CheckAcceptanceDateAsync(Project project, DateOnly acceptedOn, CancellationToken cancellationToken)
    {
        RuleViolation.RefuseIf(acceptedOn > deadlines.Today, "acceptedOn", "验收日期不能晚于今天 (the acceptance date cannot be in the future)");
        var completedAt = await db.Set<ProgressReport>().AsNoTracking()
            .Where(report => report.ProjectId == project.Id && report.PercentComplete == 100)
            .OrderByDescending(report => report.ReportedAt).Select(report => (DateTimeOffset?)report.ReportedAt).FirstOrDefaultAsync(cancellationToken);
        var earliest = completedAt ?? project.ContractSignedAt;
        RuleViolation.RefuseIf(earliest is { } before && acceptedOn < deadlines.LocalDate(before), "acceptedOn",
            $"验收日期不能早于建设完成日期 {deadlines.LocalDate(earliest.GetValueOrDefault()):yyyy-MM-dd} (the acceptance cannot precede the completed construction)");
    }
}
