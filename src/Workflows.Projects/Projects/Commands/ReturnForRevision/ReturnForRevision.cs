using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.History;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Common;
using Workflows.Projects.Departments;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReturnForRevision;

/// <summary>Opens a return for revision after a reviewer chose 退回修改: the project history names the reviewer and the reason.</summary>
public sealed record ReturnForRevision(Guid ProjectId, string? Actor = null) : ICommand<ReturnedForRevision>;

/// <summary>Who returned the application (the review stage and the reviewer) and why.</summary>
public sealed record ReturnedForRevision(ReviewStage Stage, string ReturnedBy, string Reason);

public sealed class ReturnForRevisionHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReturnForRevision, ReturnedForRevision>
{
    private static readonly string[] ReviewActions = ["reviewed", "bureau-reviewed"];

    public async ValueTask<ReturnedForRevision> Handle(ReturnForRevision command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        // The history's sequence orders the reviews even when two share an instant.
        var latest = await db.Set<ProjectHistoryEntry>().AsNoTracking()
            .Where(h => h.ProjectId == project.Id && ReviewActions.Contains(h.Action) && h.NewValues != null)
            .OrderByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        var review = latest is null ? null : JsonSerializer.Deserialize<ReviewValues>(latest.NewValues!, ProjectHistory.Json);
        if (review is not { Decision: ReviewDecision.Return })
            throw new ConflictException("最近一次审查未退回修改 (the latest review did not return the application)");

        var stage = review.Stage ?? ReviewStage.BureauReview;
        // The actor names the user and the step ("dgsc (new-project:recordTechnicalReview)"): the department reads the
        // user's name (数字政府服务中心), not the sign-in code.
        var reviewer = await UserNames.OfAsync(db, UserNames.UserOf(latest!.Actor), cancellationToken);
        var returnedBy = reviewer.Length > 0 ? $"{ReviewNames.Of(stage)}（{reviewer}）" : ReviewNames.Of(stage);
        project.RecordReturn(time.GetUtcNow(), command.Actor, returnedBy, review.Opinion ?? "");
        return new ReturnedForRevision(stage, returnedBy, review.Opinion ?? "");
    }

    /// <summary>What <c>RecordReview</c> and <c>RecordBureauReview</c> write into the history (the bureau's row has no stage).</summary>
    private sealed record ReviewValues(ReviewStage? Stage, ReviewDecision Decision, string? Opinion);
}
