using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.AssignDataQuality;

/// <summary>
/// Art. 34: names who answers for the quality of a shared data resource (谁采集、谁负责): the bureau, which manages the county's
/// information resources (art. 31), or the system's own department.
/// </summary>
/// <param name="Department">The caller's department when the caller is a department clerk; null for the bureau.</param>
public sealed record AssignDataQuality(Guid SystemId, Guid ResourceId, string ResponsibleParty, string? Department, string Actor) : ICommand;

public sealed class AssignDataQualityHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<AssignDataQuality>
{
    public async ValueTask<Unit> Handle(AssignDataQuality command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.ResponsibleParty) || command.ResponsibleParty.Length > 200)
            throw new InvalidRequestException([new Problem("responsibleParty",
                "须写明数据质量责任方，且不超过200字（第三十四条） (art. 34: name the party responsible for the data's quality, at most 200 characters)")]);
        var system = await CatalogueEntries.LoadAsync(db, command.SystemId, cancellationToken);
        if (command.Department is not null && command.Department != system.DepartmentCode)
            throw new ForbiddenException($"只有主管部门或系统所属部门可以指定数据质量责任方 (only the bureau or {system.DepartmentCode} names the responsible party)");
        var resource = await db.Set<SharedDataResource>().SingleOrDefaultAsync(r => r.Id == command.ResourceId && r.SystemId == system.Id, cancellationToken)
            ?? throw NotFoundException.For("共享数据资源 (shared data resource)", command.ResourceId.ToString());
        resource.ResponsibleParty = command.ResponsibleParty.Trim();
        resource.UpdatedBy = command.Actor;
        resource.UpdatedAt = time.GetUtcNow();
        return Unit.Value;
    }
}
