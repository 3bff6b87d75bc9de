using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.DecideChangeRequest;

/// <summary>Who answers a change request: the bureau evaluates every change, finance every budget change (arts. 13, 20).</summary>
public enum ChangeReviewer { Bureau, Finance }

/// <summary>
/// The bureau's evaluation and opinion, or finance's answer on the budget part (art. 20); the bureau may return the request
/// for more detail, which closes it: the department's next statement is a new request.
/// </summary>
public sealed record DecideChangeRequest(Guid ChangeRequestId, ChangeReviewer Reviewer, ReviewDecision Decision, string Opinion, string? Actor = null) : ICommand;

public sealed class DecideChangeRequestHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<DecideChangeRequest>
{
    public async ValueTask<Unit> Handle(DecideChangeRequest command, CancellationToken cancellationToken)
    {
        var request = await db.FindOrThrowAsync<ChangeRequest>(command.ChangeRequestId, "变更申请 (change request)", cancellationToken);
        if (request.Status != RequestStatus.Pending || (command.Reviewer == ChangeReviewer.Finance && request.BureauOpinion is null))
            throw new ConflictException("变更申请不在待审状态 (the change request is not awaiting this review)");
        var project = await db.LoadAsync(request.ProjectId, cancellationToken);
        var now = time.GetUtcNow();
        if (command.Reviewer == ChangeReviewer.Bureau)
            request.BureauOpinion = command.Opinion.Trim();
        else
            request.FinanceOpinion = command.Opinion.Trim();
        if (command.Decision != ReviewDecision.Approve)
        {
            request.Status = command.Decision == ReviewDecision.Return && command.Reviewer == ChangeReviewer.Bureau ? RequestStatus.Returned : RequestStatus.Refused;
            request.DecidedAt = now;
        }
        var who = command.Reviewer == ChangeReviewer.Bureau ? "主管部门" : "县财政局";
        var verdict = request.Status switch { RequestStatus.Returned => "退回补充", RequestStatus.Refused => "不同意", _ => "同意" };
        project.Record(now, command.Actor, "change-reviewed", $"{who}{verdict}变更（第二十条）",
            newValues: new { command.Reviewer, command.Decision, command.Opinion });
        return Unit.Value;
    }
}
