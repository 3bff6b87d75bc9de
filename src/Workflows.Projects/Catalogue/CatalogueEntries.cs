using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue;

/// <summary>Loads a catalogue entry and checks the state a bureau decision needs (art. 10).</summary>
internal static class CatalogueEntries
{
    public static Task<InformationSystem> LoadAsync(WorkflowsDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        db.FindOrThrowAsync<InformationSystem>(systemId, "信息系统 (system)", cancellationToken);

    /// <summary>A confirmed system still in service: what retirement and migration apply to.</summary>
    public static void EnsureInService(InformationSystem system)
    {
        if (system.EntryStatus != CatalogueEntryStatus.Confirmed)
            throw new ConflictException($"《{system.Name}》尚未经主管部门确认列入目录（第十条） (art. 10: the entry is not confirmed)");
        if (system.Status == SystemStatus.Retired)
            throw new ConflictException($"《{system.Name}》已退役（第十条） (art. 10: the system is retired)");
    }

    /// <summary>A reason the bureau gives for a refusal or a retirement: required, at most 2000 characters.</summary>
    public static string Reason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
            throw new InvalidRequestException([new Problem("reason", "须说明理由，且不超过2000字 (reason: required, at most 2000 characters)")]);
        return reason.Trim();
    }
}
