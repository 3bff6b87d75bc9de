using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Common;

namespace Workflows.Projects.Projects.Commands.RecordReview;

/// <summary>Records one party's review of a project (pre-review, county approval, material, technical, major budget review).</summary>
public sealed record RecordReview(Guid ProjectId, ReviewStage Stage, ReviewDecision Decision, string Opinion, string? Actor = null) : ICommand;

public sealed class RecordReviewHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordReview>
{
    public async ValueTask<Unit> Handle(RecordReview command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var now = time.GetUtcNow();
        db.Add(new ProjectReview
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Stage = command.Stage, Decision = command.Decision,
            Opinion = command.Opinion.Trim(), Reviewer = command.Actor ?? "", ReviewedAt = now,
        });
        if (command.Decision == ReviewDecision.Reject)
            project.MoveTo(ProjectStage.Rejected);
        project.Record(now, command.Actor, "reviewed", $"{ReviewNames.Of(command.Stage)}：{ReviewNames.Of(command.Decision)}",
            newValues: new { command.Stage, command.Decision, command.Opinion });
        return Unit.Value;
    }
}
