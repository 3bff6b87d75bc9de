using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Rules;
using Workflows.Projects.Supervision.Changes;

namespace Workflows.Projects.Supervision.Commands.SubmitChangeRequest;

/// <summary>
/// The department's adjustment request (art. 20); null fields stay unchanged. A new total budget carries its new yearly
/// split, which adds up to it (art. 8). The request is classified major or minor by what it changes
/// (<see cref="MajorChangeThresholds"/>). The request of the process's previous round, if the bureau returned it, is
/// compared field by field with this one for the bureau's next evaluation.
/// </summary>
public sealed record SubmitChangeRequest(
    Guid ProjectId, string Reason, string? NewScope, decimal? NewTotalBudget, DateOnly? NewPlannedCompletion,
    IReadOnlyList<YearBudget>? NewYearBudgets = null, bool ConstructionConditionsChanged = false, string? Actor = null, Guid? PreviousRequestId = null)
    : ICommand<SubmittedChangeRequest>;

/// <summary>The registered request, and what it changed since the returned one (null in a first round).</summary>
public sealed record SubmittedChangeRequest(ChangeRequest Request, IReadOnlyList<FieldChange>? Changes);

public sealed class SubmitChangeRequestHandler(WorkflowsDbContext db, TimeProvider time, MajorChangeThresholds thresholds)
    : ICommandHandler<SubmitChangeRequest, SubmittedChangeRequest>
{
    public async ValueTask<SubmittedChangeRequest> Handle(SubmitChangeRequest command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (command.NewTotalBudget is { } total)
        {
            var split = YearBudgetRule.Check(total, command.NewYearBudgets ?? []).ToList();
            RuleViolation.RefuseIf(split.Count > 0, "newYearBudgets",
                $"调整总预算须同时给出各年度预算，且合计等于新的总预算（第八、二十条）：{string.Join("；", split)} (arts. 8, 20: the new yearly split must add up to the new total)");
        }

        var newScope = string.IsNullOrWhiteSpace(command.NewScope) ? null : command.NewScope.Trim();
        var grounds = ChangeGrounds.Of(project, newScope, command.NewTotalBudget, command.NewPlannedCompletion, command.ConstructionConditionsChanged, thresholds);
        var now = time.GetUtcNow();
        var request = new ChangeRequest
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Reason = command.Reason.Trim(),
            NewScope = newScope, NewTotalBudget = command.NewTotalBudget, NewPlannedCompletion = command.NewPlannedCompletion,
            NewYearBudgets = command.NewTotalBudget is null ? null : JsonSerializer.Serialize(command.NewYearBudgets, YearBudgetJson.Options),
            IsMajor = grounds.Count > 0, MajorGrounds = string.Join(",", grounds),
            RequestedAt = now, RequestedBy = command.Actor ?? "", Status = RequestStatus.Pending,
        };
        db.Add(request);
        project.Record(now, command.Actor, "change-requested", request.IsMajor ? "提出重大变更申请（第二十条）" : "提出一般变更申请（第二十条）",
            newValues: new { request.NewScope, request.NewTotalBudget, command.NewYearBudgets, request.NewPlannedCompletion, request.Reason, MajorChange = request.IsMajor, grounds });
        var returned = command.PreviousRequestId is { } previousId ? await db.Set<ChangeRequest>().FindAsync([previousId], cancellationToken) : null;
        return new SubmittedChangeRequest(request,
            returned?.Status == RequestStatus.Returned ? ChangeRequestSnapshot.Of(returned).Compare(ChangeRequestSnapshot.Of(request)) : null);
    }
}
