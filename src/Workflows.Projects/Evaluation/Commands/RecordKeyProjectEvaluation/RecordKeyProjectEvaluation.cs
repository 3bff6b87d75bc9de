using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Evaluation.Commands.RecordKeyProjectEvaluation;

/// <summary>
/// Art. 27: the outcome of finance's evaluation of a key project: grade (and score where given, within the grade's band),
/// conclusion, problems found, recommendations, the agency where one was commissioned, and the evaluation report, which must be
/// on file on the project (uploaded since the project was marked; 400 <c>art-27</c> otherwise). Field errors refuse the whole
/// completion keyed by the field.
/// </summary>
public sealed record RecordKeyProjectEvaluation(
    Guid EvaluationId,
    PerformanceGrade Grade,
    decimal? Score,
    string? Conclusion,
    string? Problems,
    string? Recommendations,
    string? Evaluator,
    string? Actor = null) : ICommand;

public sealed class RecordKeyProjectEvaluationHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordKeyProjectEvaluation>
{
    public async ValueTask<Unit> Handle(RecordKeyProjectEvaluation command, CancellationToken cancellationToken)
    {
        RuleViolation.RefuseIf(command.Score is < 0 or > 100, "evaluationScore", "评价得分须在0至100之间 (the score is between 0 and 100)");
        RuleViolation.RefuseIf(command.Score is { } score && PerformanceGrades.Of(score) != command.Grade, "evaluationGrade",
            "评价等级与得分不符：优90分以上、良80至89分、中60至79分、差60分以下 (the grade does not match the score's band: 90+, 80-89, 60-79, below 60)");
        RuleViolation.RefuseIf(string.IsNullOrWhiteSpace(command.Conclusion), "evaluationConclusion", "请填写评价结论 (the conclusion is required)");
        RuleViolation.RefuseIf(string.IsNullOrWhiteSpace(command.Problems), "problemsFound", "请填写发现的问题，没有问题时写“无” (the problems found are required; write 无 for none)");

        var evaluation = await db.Set<KeyProjectEvaluation>().SingleOrDefaultAsync(e => e.Id == command.EvaluationId, cancellationToken)
            ?? throw NotFoundException.For("重点项目评价 (key-project evaluation)", command.EvaluationId.ToString());
        if (evaluation.Status != KeyProjectEvaluationStatus.Open)
            throw new ConflictException("该重点项目评价不在进行中 (the key-project evaluation is not open)");
        var project = await db.LoadAsync(evaluation.ProjectId, cancellationToken);
        var report = await db.Set<ProjectDocument>().AsNoTracking()
            .Where(d => d.ProjectId == project.Id && d.Kind == DocumentKind.KeyProjectEvaluationReport && d.UploadedAt >= evaluation.MarkedAt)
            .OrderByDescending(d => d.UploadedAt).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        RuleViolation.ThrowIf(report is null,
            $"请先上传{DocumentNames.Of(DocumentKind.KeyProjectEvaluationReport)}（第二十七条） (art. 27: the evaluation report is not on file)");

        var now = deadlines.Now;
        evaluation.Status = KeyProjectEvaluationStatus.Evaluated;
        evaluation.Grade = command.Grade;
        evaluation.Score = command.Score;
        evaluation.Conclusion = command.Conclusion!.Trim();
        evaluation.Problems = command.Problems!.Trim();
        evaluation.Recommendations = string.IsNullOrWhiteSpace(command.Recommendations) ? null : command.Recommendations.Trim();
        evaluation.Evaluator = string.IsNullOrWhiteSpace(command.Evaluator) ? null : command.Evaluator.Trim();
        evaluation.ReportDocumentId = report;
        evaluation.EvaluatedBy = command.Actor ?? "";
        evaluation.EvaluatedAt = now;
        project.Record(now, command.Actor, "key-project-evaluated", $"{evaluation.Year} 年度重点项目绩效评价（第二十七条）：{evaluation.Conclusion}",
            newValues: new { evaluation.Year, evaluation.Grade, evaluation.Score, evaluation.Problems, evaluation.Recommendations });
        return Unit.Value;
    }
}
