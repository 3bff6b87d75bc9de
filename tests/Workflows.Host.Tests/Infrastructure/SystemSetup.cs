using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>Catalogued systems, confirmed by the bureau (art. 10) unless told otherwise, for the tests of what happens once a system runs (arts. 29, 38).</summary>
public static class SystemSetup
{
    public static async Task<Guid> ListAsync(
        TestApp app, string departmentCode, SystemStatus status = SystemStatus.Running, CatalogueEntryStatus entry = CatalogueEntryStatus.Confirmed,
        DateOnly? retiredOn = null, DateTimeOffset? confirmedAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var system = new InformationSystem
        {
            Id = Guid.NewGuid(), DepartmentCode = departmentCode, Name = $"应用系统-{Guid.NewGuid():N}", Status = status,
            CloudResources = "市级政务云 IaaS", DataResources = "业务数据", ListedAt = DateTimeOffset.UtcNow,
            EntryStatus = entry, ReviewedAt = confirmedAt ?? DateTimeOffset.UtcNow, RetiredOn = retiredOn,
        };
        db.Add(system);
        await db.SaveChangesAsync();
        return system.Id;
    }
}
