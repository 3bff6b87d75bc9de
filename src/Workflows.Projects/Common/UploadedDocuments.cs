using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Common;

internal static class UploadedDocuments
{
    public static async Task<IReadOnlyCollection<DocumentKind>> KindsAsync(this WorkflowsDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<ProjectDocument>().Where(d => d.ProjectId == projectId).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);

    public static Task<Guid?> LatestAsync(this WorkflowsDbContext db, Guid projectId, DocumentKind kind, CancellationToken cancellationToken) =>
        db.Set<ProjectDocument>().Where(d => d.ProjectId == projectId && d.Kind == kind)
            .OrderByDescending(d => d.UploadedAt).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
}
