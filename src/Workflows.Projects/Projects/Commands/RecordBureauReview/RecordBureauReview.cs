using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordBureauReview;

/// <summary>The bureau's review on the five criteria of art. 11, each recorded, and its decision.</summary>
public sealed record RecordBureauReview(Guid ProjectId, ReviewCriteria Criteria, ReviewDecision Decision, string Opinion, string? Actor = null) : ICommand;

public sealed class RecordBureauReviewHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordBureauReview>
{
    public async ValueTask<Unit> Handle(RecordBureauReview command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        if (command.Decision == ReviewDecision.Approve)
        {
            // Art. 10: a system that left the catalogue since the application still blocks approval.
            var systemIds = project.Systems.Select(s => s.SystemId).ToList();
            var systems = await db.Set<InformationSystem>().Where(s => systemIds.Contains(s.Id)).ToListAsync(cancellationToken);
            RuleViolation.ThrowIfAny(CatalogueRule.Check(systemIds, systems).ToList());
            if (SharingRule.Check(project, "不予批准") is { } unshared)
                throw new InvalidRequestException([unshared]);
            RuleViolation.ThrowIfAny(DedicatedNetworkRule.Check(project.BuildsDedicatedNetwork, project.DedicatedNetwork).ToList());
        }

        var now = time.GetUtcNow();
        db.Add(new ProjectReview
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Stage = ReviewStage.BureauReview, Decision = command.Decision,
            Criteria = command.Criteria, Opinion = command.Opinion.Trim(), Reviewer = command.Actor ?? "", ReviewedAt = now,
        });
        project.MoveTo(command.Decision switch
        {
            ReviewDecision.Approve => ProjectStage.Approved,
            ReviewDecision.Reject => ProjectStage.Rejected,
            _ => ProjectStage.Registered,
        });
        project.Record(now, command.Actor, "bureau-reviewed", $"主管部门审查：{ReviewNames.Of(command.Decision)}",
            newValues: new { command.Criteria.NeedReasonable, command.Criteria.IntensiveConstruction, command.Criteria.PlanFeasible,
                command.Criteria.BudgetReasonable, command.Criteria.PerformanceTargetsReasonable, command.Decision, command.Opinion });
        return Unit.Value;
    }
}
