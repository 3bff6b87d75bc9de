using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Projects.Commands.ResubmitApplication;

namespace Workflows.Projects.Handlers.Application;

/// <summary>
/// Checks the revised application against arts. 8-12 and hands the reviewer the changes (<c>revisionChanges</c>) with the
/// department's note, on a form whose decision and opinion are blank again: the return of the last round is no answer to this one.
/// </summary>
public sealed class ResubmitApplicationTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "resubmitApplication";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var resubmitted = await sender.Send(new ResubmitApplication(context.ProjectId(), context.OptionalText("revisionNote"), Actor(context)), cancellationToken);
        RevisionChanges.Set(context, resubmitted.Changes, english: null);
        context.SetVariable("inAnnualPlan", resubmitted.InAnnualPlan);
        context.SetVariable("major", resubmitted.IsMajor);
        ClearAnswers(context, AnswersOf(context.OptionalText("returnedFrom")));
    }

    /// <summary>The decision and opinion fields of the review form of each stage that returns an application.</summary>
    private static string[] AnswersOf(string? returnedFrom) => Enum.TryParse<ReviewStage>(returnedFrom, out var stage) ? stage switch
    {
        ReviewStage.PreReview => ["preReviewDecision", "preReviewOpinion"],
        ReviewStage.MaterialReview => ["materialDecision", "materialOpinion"],
        ReviewStage.TechnicalReview => ["technicalDecision", "technicalOpinion"],
        ReviewStage.BureauReview => ["reviewDecision", "reviewOpinion"],
        ReviewStage.MajorBudgetReview => ["majorBudgetDecision", "majorBudgetReviewOpinion"],
        _ => [],
    } : [];
}
