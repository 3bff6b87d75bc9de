using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordConsolidatedPlan;

/// <summary>The lead department's one overall plan with the co-builders (art. 8) and its sharing requirements (art. 6).</summary>
public sealed record RecordConsolidatedPlan(Guid ProjectId, string LeadPart, string Plan, string SharingRequirements, string? Actor = null) : ICommand;

public sealed class RecordConsolidatedPlanHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordConsolidatedPlan>
{
    public async ValueTask<Unit> Handle(RecordConsolidatedPlan command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var unconfirmed = project.CoBuilders.Where(c => c.ConfirmedAt is null).Select(c => c.DepartmentCode).ToList();
        RuleViolation.ThrowIf(unconfirmed.Count > 0, $"共建单位 {string.Join("、", unconfirmed)} 尚未确认分工（第八条） (art. 8: co-builders have not confirmed)");
        var old = new { project.Scope };
        project.Scope = $"{command.Plan.Trim()}\n牵头部门：{command.LeadPart.Trim()}\n共享与协同要求：{command.SharingRequirements.Trim()}";
        project.Record(time.GetUtcNow(), command.Actor, "plan-consolidated", "牵头部门汇总形成总体方案（第八条）", old, new { project.Scope });
        return Unit.Value;
    }
}
