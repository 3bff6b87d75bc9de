using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Departments;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.ListSystem;

/// <summary>
/// Art. 10: a department proposes its system for the catalogue of government information systems; the bureau's own listing
/// (<paramref name="ByBureau"/>) is confirmed at once, a department's waits for the bureau's confirmation.
/// </summary>
public sealed record ListSystem(
    string DepartmentCode, string Name, SystemStatus Status, string CloudResources, string DataResources, bool IsUpperLevel = false,
    bool IsClassified = false, string? Actor = null, bool ByBureau = false)
    : ICommand<Guid>;

public sealed class ListSystemHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ListSystem, Guid>
{
    public async ValueTask<Guid> Handle(ListSystem command, CancellationToken cancellationToken)
    {
        if (!await db.Set<Department>().AnyAsync(d => d.Code == command.DepartmentCode, cancellationToken))
            throw new InvalidRequestException($"部门 {command.DepartmentCode} 不存在 (unknown department)");
        if (await db.Set<InformationSystem>().AnyAsync(s => s.DepartmentCode == command.DepartmentCode && s.Name == command.Name, cancellationToken))
            throw new ConflictException($"目录中已有该部门的《{command.Name}》 (already listed)");
        var now = time.GetUtcNow();
        var system = new InformationSystem
        {
            Id = Guid.CreateVersion7(now), DepartmentCode = command.DepartmentCode, Name = command.Name.Trim(), Status = command.Status,
            CloudResources = command.CloudResources.Trim(), DataResources = command.DataResources.Trim(), IsUpperLevel = command.IsUpperLevel,
            IsClassified = command.IsClassified, ListedAt = now, ProposedBy = command.Actor,
            EntryStatus = command.ByBureau ? CatalogueEntryStatus.Confirmed : CatalogueEntryStatus.Proposed,
            ReviewedBy = command.ByBureau ? command.Actor : null, ReviewedAt = command.ByBureau ? now : null,
        };
        db.Add(system);
        return system.Id;
    }
}
