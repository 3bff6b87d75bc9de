using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;

namespace Workflows.Runtime.Forms;

public static class PinnedFormSchemas
{
    /// <summary>
    /// The schema of the form version a process version pinned; a process version published before forms were
    /// pinned shows the latest published version, as every task did then.
    /// </summary>
    public static async Task<string?> PinnedFormSchemaAsync(
        this WorkflowsDbContext db, string definitionKey, int definitionVersion, string formKey, CancellationToken cancellationToken)
    {
        var pinned = await db.Set<PinnedFormRecord>().AsNoTracking()
            .Where(p => p.DefinitionKey == definitionKey && p.DefinitionVersion == definitionVersion && p.FormKey == formKey)
            .Select(p => (int?)p.FormVersion).FirstOrDefaultAsync(cancellationToken);
        var versions = db.Set<FormRecord>().AsNoTracking().Where(f => f.Key == formKey);
        versions = pinned is { } version
            ? versions.Where(f => f.Version == version)
            : versions.Where(f => f.Status == FormStatus.Published).OrderByDescending(f => f.Version);
        return await versions.Select(f => f.Json).FirstOrDefaultAsync(cancellationToken);
    }
}
