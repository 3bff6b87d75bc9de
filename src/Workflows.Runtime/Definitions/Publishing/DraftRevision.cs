using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>
/// What an editor saw of a key: its latest version number and its draft's content. An editor sends it back
/// (<c>If-Match</c>) when it saves, discards or publishes; when another admin saved or published since, the
/// command is refused with 409 instead of overwriting their work.
/// </summary>
public static class DraftRevision
{
    /// <summary>The key of the conflict problem.</summary>
    public const string ProblemKey = "revision";

    /// <summary>What an editor of a key no one has saved yet expects (<c>If-Match: "0"</c>): no draft and no version, so
    /// of two admins creating the same key, the second is refused instead of overwriting the first.</summary>
    public const string Nothing = "0";

    public static string Of(int? latestVersion, string? draftHash) =>
        $"{latestVersion ?? 0}-{(string.IsNullOrEmpty(draftHash) ? "none" : draftHash[..Math.Min(16, draftHash.Length)])}";

    public static async ValueTask<string> CurrentAsync(WorkflowsDbContext db, string key, CancellationToken cancellationToken)
    {
        var versions = db.Definitions.AsNoTracking().Where(d => d.Key == key);
        var latest = await versions.MaxAsync(d => d.Version, cancellationToken);
        var draftHash = await versions.Where(d => d.Status == DefinitionStatus.Draft).Select(d => d.Hash).FirstOrDefaultAsync(cancellationToken);
        return Of(latest, draftHash);
    }

    /// <summary>Refuses the command when the key changed since the editor read <paramref name="expected"/>; no expectation, no check.</summary>
    public static async ValueTask EnsureAsync(WorkflowsDbContext db, string key, string? expected, CancellationToken cancellationToken)
    {
        if (expected is null)
            return;
        var current = await CurrentAsync(db, key, cancellationToken);
        if (!string.Equals(current, expected == Nothing ? Of(null, null) : expected, StringComparison.Ordinal))
            throw Conflict(key);
    }

    /// <summary>The 409 of an editor who did not see another admin's save or publication.</summary>
    public static ConflictException Conflict(string key) => new(new Problem(ProblemKey,
        $"流程“{key}”已被其他管理员保存或发布，请重新打开后再修改 (the process '{key}' was saved or published by another admin since you opened it: reopen it)"));
}
