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

    /// <summary>
    /// A confirmed system still in service: what retirement and migration apply to (art. 10), and what the bureau evaluates
    /// (art. 29); refused with 409 keyed by <paramref name="article"/>.
    /// </summary>
    public static void EnsureInService(InformationSystem system, int article = 10)
    {
        EnsureConfirmed(system, article);
        if (system.Status == SystemStatus.Retired)
            throw new ConflictException($"《{system.Name}》已退役（第十条） (art. {article}: the system is retired)");
    }

    /// <summary>
    /// Art. 38: a system's security records are kept only once it is in the catalogue, and a retired system has no incident,
    /// plan or drill after the day it was retired; refused with 409 keyed by <paramref name="article"/>.
    /// </summary>
    public static void EnsureInServiceOn(InformationSystem system, DateOnly date, int article)
    {
        EnsureConfirmed(system, article);
        if (system.Status == SystemStatus.Retired && (system.RetiredOn is not { } retiredOn || date > retiredOn))
            throw new ConflictException($"《{system.Name}》已于 {system.RetiredOn:yyyy-MM-dd} 退役（第十条） (art. {article}: the system was retired by then)");
    }

    /// <summary>
    /// Art. 36: a confirmed system that is running, the only kind whose department keeps internal rules and a daily monitoring log
    /// (a planned or building system is not yet in service, a retired one no longer); refused with 409 <c>art-36</c>.
    /// </summary>
    public static void EnsureRunning(InformationSystem system)
    {
        EnsureConfirmed(system, 36);
        if (system.Status != SystemStatus.Running)
            throw new ConflictException($"《{system.Name}》未在运行，不备案内部管理制度和日常监测（第三十六条） (art. 36: the system is not in service)");
    }

    /// <summary>Art. 10: a proposed or refused entry is not in the catalogue, so nothing is recorded of it.</summary>
    private static void EnsureConfirmed(InformationSystem system, int article)
    {
        if (system.EntryStatus != CatalogueEntryStatus.Confirmed)
            throw new ConflictException($"《{system.Name}》尚未经主管部门确认列入目录（第十条） (art. {article}: the entry is not confirmed)");
    }

    /// <summary>A reason the bureau gives for a refusal or a retirement: required, at most 2000 characters.</summary>
    public static string Reason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
            throw new InvalidRequestException([new Problem("reason", "须说明理由，且不超过2000字 (reason: required, at most 2000 characters)")]);
        return reason.Trim();
    }
}
