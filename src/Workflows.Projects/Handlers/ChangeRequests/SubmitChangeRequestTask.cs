using System.Globalization;
using System.Text.Json;
using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Supervision.Commands.SubmitChangeRequest;

namespace Workflows.Projects.Handlers.ChangeRequests;

/// <summary>
/// Registers the change request (art. 20) and tells the gateways whether it is major (<c>majorChange</c>, with
/// <c>changeGrounds</c>) and whether the budget changes (<c>budgetChanged</c>); a request the bureau returned comes back
/// with what the department changed (<see cref="RevisionChanges"/>).
/// </summary>
public sealed class SubmitChangeRequestTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "submitChangeRequest";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var completion = context.OptionalText("newPlannedCompletion");
        var submitted = await sender.Send(new SubmitChangeRequest(context.ProjectId(), context.Text("changeReason"), context.OptionalText("newScope"),
            context.OptionalNumber("newTotalBudget"),
            string.IsNullOrEmpty(completion) ? null : DateOnly.Parse(completion, CultureInfo.InvariantCulture),
            YearBudgets(context), context.Flag("constructionConditionsChanged"), Actor(context),
            Guid.TryParse(context.OptionalText("changeRequestId"), out var previous) ? previous : null), cancellationToken);
        var request = submitted.Request;
        context.SetVariable("changeRequestId", request.Id);
        if (submitted.Changes is { } changes)
            RevisionChanges.Set(context, changes);
        context.SetVariable("budgetChanged", request.ChangesBudget);
        context.SetVariable("majorChange", request.IsMajor);
        context.SetVariable("changeGrounds", request.MajorGrounds);
        // A request the bureau returned comes back to an evaluation with no decision taken yet.
        ClearAnswers(context, "changeDecision", "changeOpinion", "financeDecision", "financeOpinion");
    }

    /// <summary>The form's list of <c>{year, amount}</c> rows; a malformed one refuses the completion.</summary>
    private static List<YearBudget> YearBudgets(ServiceTaskContext context)
    {
        if (!context.Variables.TryGetValue("newYearBudgets", out var list) || list.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return [];
        if (list.ValueKind != JsonValueKind.Array)
            throw Malformed();
        return [.. list.EnumerateArray().Select(row =>
            row.ValueKind == JsonValueKind.Object && row.TryGetProperty("year", out var year) && year.TryGetInt32(out var y)
                && row.TryGetProperty("amount", out var amount) && amount.TryGetDecimal(out var a)
                ? new YearBudget(y, a)
                : throw Malformed())];
    }

    private static InputRejectedException Malformed() =>
        new("newYearBudgets", "各年度预算须为年度和金额的列表 (a list of year and amount)");
}
