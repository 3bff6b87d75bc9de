using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Commands.RecordSecurityAssessment;

/// <summary>
/// Art. 37: records a 等保测评 or 密评 of the project's systems on the date it was done, with its report on file (uploaded
/// since the previous assessment of the kind), and sets the date of the next one. Returns the assessment's id.
/// </summary>
public sealed record RecordSecurityAssessment(
    Guid ProjectId, SecurityAssessmentKind Kind, DateOnly AssessedOn, string Assessor, string Conclusion, string? Actor = null) : ICommand<Guid>;

public sealed class RecordSecurityAssessmentHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordSecurityAssessment, Guid>
{
    public async ValueTask<Guid> Handle(RecordSecurityAssessment command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (command.AssessedOn > deadlines.Today)
            throw new InvalidRequestException([new Problem("assessedOn", "测评日期不能晚于今天 (the assessment date cannot be in the future)")]);
        var assessments = db.Set<SecurityAssessment>();
        var previous = await assessments.Where(a => a.ProjectId == project.Id && a.Kind == command.Kind)
            .OrderByDescending(a => a.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        var reportKind = SecurityAssessments.ReportOf(command.Kind);
        var reportOnFile = await db.Set<ProjectDocument>().AnyAsync(d => d.ProjectId == project.Id && d.Kind == reportKind
            && (previous == null || d.UploadedAt > previous.RecordedAt), cancellationToken);
        var name = SecurityAssessments.NameOf(command.Kind);
        if (!reportOnFile)
            throw new InvalidRequestException([Problem.From($"请先上传本次{name}报告（第三十七条） (art. 37: the {command.Kind} assessment report must be on file)")]);

        var now = deadlines.Now;
        var assessment = new SecurityAssessment
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Kind = command.Kind, AssessedOn = command.AssessedOn,
            Assessor = command.Assessor.Trim(), Conclusion = command.Conclusion.Trim(),
            NextDueOn = SecurityAssessments.NextDue(project.ProtectionLevel, command.AssessedOn),
            RecordedBy = command.Actor ?? "", RecordedAt = now,
        };
        assessments.Add(assessment);
        project.Record(now, command.Actor, "security-assessed",
            $"{command.AssessedOn:yyyy-MM-dd} 完成{name}（{assessment.Assessor}：{assessment.Conclusion}），下次应于 {assessment.NextDueOn:yyyy-MM-dd} 前复评（第三十七条）",
            newValues: new { command.Kind, command.AssessedOn, assessment.NextDueOn });
        return assessment.Id;
    }
}
