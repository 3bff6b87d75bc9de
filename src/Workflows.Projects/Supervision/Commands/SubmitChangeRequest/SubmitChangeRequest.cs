using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Projects.Supervision;
using Workflows.Projects.Common;

namespace Workflows.Projects.Supervision.Commands.SubmitChangeRequest;

/// <summary>The department's adjustment request for a significant change (art. 20); null fields stay unchanged.</summary>
public sealed record SubmitChangeRequest(Guid ProjectId, string Reason, string? NewScope, decimal? NewTotalBudget, DateOnly? NewPlannedCompletion, string? Actor = null)
    : ICommand<ChangeRequest>;

public sealed class SubmitChangeRequestHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<SubmitChangeRequest, ChangeRequest>
{
    public async ValueTask<ChangeRequest> Handle(SubmitChangeRequest command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var now = time.GetUtcNow();
        var request = new ChangeRequest
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Reason = command.Reason.Trim(),
            NewScope = string.IsNullOrWhiteSpace(command.NewScope) ? null : command.NewScope.Trim(),
            NewTotalBudget = command.NewTotalBudget, NewPlannedCompletion = command.NewPlannedCompletion,
            RequestedAt = now, RequestedBy = command.Actor ?? "", Status = RequestStatus.Pending,
        };
        db.Add(request);
        project.Record(now, command.Actor, "change-requested", "提出项目变更申请（第二十条）",
            newValues: new { request.NewScope, request.NewTotalBudget, request.NewPlannedCompletion, request.Reason });
        return request;
    }
}
