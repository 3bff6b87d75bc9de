using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Evaluation;
using Workflows.Projects.Evaluation.Commands.RecordKeyProjectEvaluation;

namespace Workflows.Projects.Handlers.Evaluation;

/// <summary>Records the outcome of finance's evaluation of a key project (art. 27) from the <c>key-project-evaluation</c> form.</summary>
public sealed class RecordKeyProjectEvaluationTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordKeyProjectEvaluation";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var grade = PerformanceGrades.Parse(context.OptionalText("evaluationGrade"))
            ?? throw new InputRejectedException("evaluationGrade", "评价等级须为优、良、中或差 (the grade is excellent, good, fair or poor)");
        await sender.Send(new RecordKeyProjectEvaluation(Guid.Parse(context.Text("keyProjectEvaluationId")), grade, context.OptionalNumber("evaluationScore"),
            context.OptionalText("evaluationConclusion"), context.OptionalText("problemsFound"), context.OptionalText("recommendations"),
            context.OptionalText("evaluator"), Actor(context)), cancellationToken);
    }
}
