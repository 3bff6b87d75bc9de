using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Common;

namespace Workflows.Projects.Projects.Commands.HoldFunding;

/// <summary>Holds construction and O&amp;M money (art. 25: the acceptance report was not filed in time).</summary>
public sealed record HoldFunding(Guid ProjectId, string Reason, string? Actor = null) : ICommand;

public sealed class HoldFundingHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<HoldFunding>
{
    public const string LateAcceptanceReport = "验收报告逾期未备案，不再拨付建设和运维资金（第二十五条）";

    public async ValueTask<Unit> Handle(HoldFunding command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        // A suspension (art. 28) or termination weighs more than a hold; it stays.
        if (project.FundingStatus != FundingStatus.Normal)
            return Unit.Value;
        var old = new { project.FundingStatus, project.FundingHoldReason };
        project.FundingStatus = FundingStatus.Held;
        project.FundingHoldReason = command.Reason;
        project.Record(time.GetUtcNow(), command.Actor, "funding-held", $"暂停拨付资金：{command.Reason}", old,
            new { project.FundingStatus, project.FundingHoldReason });
        return Unit.Value;
    }
}
