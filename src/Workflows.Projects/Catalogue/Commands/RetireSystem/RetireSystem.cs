using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.RetireSystem;

/// <summary>
/// Art. 10: the bureau retires (退役) a system on a date with its reason; a retired system is the subject of no new project and
/// of no O&amp;M money, and leaves the county's total from that year.
/// </summary>
public sealed record RetireSystem(Guid SystemId, DateOnly RetiredOn, string Reason, string Actor) : ICommand;

public sealed class RetireSystemHandler(WorkflowsDbContext db, ProjectDeadlines clock) : ICommandHandler<RetireSystem>
{
    public async ValueTask<Unit> Handle(RetireSystem command, CancellationToken cancellationToken)
    {
        var reason = CatalogueEntries.Reason(command.Reason);
        if (command.RetiredOn > clock.Today)
            throw new InvalidRequestException([new Problem("retiredOn", "退役日期不能晚于今天 (retiredOn: the retirement date cannot be in the future)")]);
        var system = await CatalogueEntries.LoadAsync(db, command.SystemId, cancellationToken);
        CatalogueEntries.EnsureInService(system);
        if (system.ReviewedAt is { } confirmedAt && command.RetiredOn < clock.LocalDate(confirmedAt))
            throw new InvalidRequestException([new Problem("retiredOn", "退役日期不能早于列入目录的日期 (retiredOn: before the system was confirmed)")]);
        system.Status = SystemStatus.Retired;
        system.RetiredOn = command.RetiredOn;
        system.RetirementReason = reason;
        return Unit.Value;
    }
}
