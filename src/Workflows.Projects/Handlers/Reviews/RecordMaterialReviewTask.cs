using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Projects.Commands.RecordMaterialReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>
/// Records the approval bureau's check of the four application documents (art. 8) and its confirmation of the plan
/// and major-project flags; <c>inAnnualPlan</c> and <c>major</c> become the confirmed values the gateways route on, and
/// <c>countyApprovalNeeded</c> sends a project corrected to outside the plan to the pre-review (art. 11).
/// </summary>
public sealed class RecordMaterialReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordMaterialReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("materialDecision"));
        // Materials sent back may not allow a judgement yet; passing them settles both flags.
        var required = decision == ReviewDecision.Approve;
        var unconfirmed = new Dictionary<string, string[]>();
        var inAnnualPlan = Choice(context, "annualPlanStatus", "in-plan", "outside-plan", required, unconfirmed);
        var isMajor = Choice(context, "projectScale", "major", "ordinary", required, unconfirmed);
        if (unconfirmed.Count > 0)
            throw new InputRejectedException(unconfirmed);
        var confirmed = await sender.Send(new RecordMaterialReview(context.ProjectId(), decision, inAnnualPlan, isMajor,
            context.Text("materialOpinion"), Actor(context)), cancellationToken);
        context.SetVariable("inAnnualPlan", confirmed.InAnnualPlan);
        context.SetVariable("major", confirmed.IsMajor);
        // Art. 11: corrected to outside the plan, the passed application still needs the pre-review and county approval,
        // after which it goes on to the technical review without a second material review.
        context.SetVariable("countyApprovalNeeded", confirmed.NeedsCountyApproval);
        context.SetVariable("materialsPassed", decision == ReviewDecision.Approve);
    }

    /// <summary>A confirmation the approval bureau gives explicitly (a missing answer must not silently correct the flag); null keeps the declared value.</summary>
    private static bool? Choice(ServiceTaskContext context, string name, string yes, string no, bool required, Dictionary<string, string[]> unconfirmed)
    {
        var value = context.OptionalText(name);
        if (value == yes || value == no)
            return value == yes;
        if (string.IsNullOrEmpty(value) && !required)
            return null;
        unconfirmed[name] = [$"材料审查通过须确认：{yes} 或 {no}（第十一、十四条） (confirm {yes} or {no} to pass the materials)"];
        return null;
    }
}
