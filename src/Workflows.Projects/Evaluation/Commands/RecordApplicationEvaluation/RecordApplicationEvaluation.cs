using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Evaluation.Commands.RecordApplicationEvaluation;

/// <summary>
/// Art. 29: the bureau records its application-efficiency evaluation (应用成效评估) of a running system: by document review,
/// a third-party assessment (naming the agency) or a public questionnaire (with its number of answers), at least one of
/// them, and a score with a conclusion for each dimension the article names (400 <c>art-29</c> otherwise), of a confirmed catalogue
/// entry not retired (409 <c>art-29</c> otherwise). Returns its id.
/// </summary>
public sealed record RecordApplicationEvaluation(
    Guid SystemId, int Year, DateOnly EvaluatedOn, string? Evaluator, bool DocumentReview, string? ThirdParty, int? QuestionnaireResponses,
    IReadOnlyList<RecordApplicationEvaluation.DimensionScore>? Scores, string? Conclusion, string Actor) : ICommand<Guid>
{
    public sealed record DimensionScore(EvaluationDimension Dimension, int Score, string? Conclusion);
}

public sealed class RecordApplicationEvaluationHandler(WorkflowsDbContext db, ProjectDeadlines deadlines)
    : ICommandHandler<RecordApplicationEvaluation, Guid>
{
    public async ValueTask<Guid> Handle(RecordApplicationEvaluation command, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().FindAsync([command.SystemId], cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", command.SystemId);
        CatalogueEntries.EnsureInService(system, 29);
        var problems = Check(command, system, deadlines.Today).ToList();
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var now = deadlines.Now;
        var evaluation = new ApplicationEvaluation
        {
            Id = Guid.CreateVersion7(now), SystemId = system.Id, Year = command.Year, EvaluatedOn = command.EvaluatedOn,
            Evaluator = command.Evaluator!.Trim(), DocumentReview = command.DocumentReview,
            ThirdParty = string.IsNullOrWhiteSpace(command.ThirdParty) ? null : command.ThirdParty.Trim(),
            QuestionnaireResponses = command.QuestionnaireResponses, Conclusion = command.Conclusion!.Trim(),
            RecordedBy = command.Actor, RecordedAt = now,
        };
        evaluation.Scores.AddRange(command.Scores!.Select(s => new ApplicationEvaluationScore
        {
            Dimension = s.Dimension, Score = s.Score, Conclusion = s.Conclusion!.Trim(),
        }));
        db.Add(evaluation);
        return evaluation.Id;
    }

    private static IEnumerable<Problem> Check(RecordApplicationEvaluation command, InformationSystem system, DateOnly today)
    {
        if (system.Status != SystemStatus.Running)
            yield return Problem.From("只评估运行中的信息系统（第二十九条） (art. 29: the evaluation is of a running system)");
        if (command.EvaluatedOn > today)
            yield return new Problem("evaluatedOn", "评估日期不能晚于今天 (the evaluation date cannot be in the future)");
        if (command.Year < 2022 || command.Year > command.EvaluatedOn.Year)
            yield return new Problem("year", "评估年度须在2022年至评估日期所在年度之间 (the year is from 2022 to the year of the evaluation)");
        if (string.IsNullOrWhiteSpace(command.Evaluator) || command.Evaluator.Length > 200)
            yield return new Problem("evaluator", "评估人必填，且不超过200字 (the evaluator is required, at most 200 characters)");
        if (string.IsNullOrWhiteSpace(command.Conclusion) || command.Conclusion.Length > 2000)
            yield return new Problem("conclusion", "总体结论必填，且不超过2000字 (the conclusion is required, at most 2000 characters)");
        if (command.ThirdParty?.Length > 200)
            yield return new Problem("thirdParty", "第三方评估机构不超过200字 (the agency: at most 200 characters)");
        if (command.QuestionnaireResponses is <= 0)
            yield return new Problem("questionnaireResponses", "问卷回收份数须大于0 (the number of answers must be positive)");
        if (!command.DocumentReview && string.IsNullOrWhiteSpace(command.ThirdParty) && command.QuestionnaireResponses is null)
            yield return Problem.From(
                "须采用书面审查、第三方评估或公众问卷调查中至少一种方式（第二十九条） (art. 29: evaluated by document review, a third party or a public questionnaire)");
        var scores = command.Scores ?? [];
        var given = scores.Select(s => s.Dimension).ToList();
        if (given.Count != given.Distinct().Count() || Enum.GetValues<EvaluationDimension>().Any(d => !given.Contains(d)) || given.Any(d => !Enum.IsDefined(d)))
            yield return Problem.From(
                "须对支撑能力、用户满意度、效率提升、可持续性、安全性各评一次（第二十九条） (art. 29: each named dimension is scored once)");
        if (scores.Any(s => s.Score is < 0 or > 100 || string.IsNullOrWhiteSpace(s.Conclusion) || s.Conclusion.Length > 1000))
            yield return new Problem("scores", "各维度得分须在0至100之间，并填写结论（不超过1000字） (each score is 0-100 with a conclusion)");
    }
}
