using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Common;

internal static class Filings
{
    public static ProjectFiling Add(WorkflowsDbContext db, Project project, FilingKind kind, DateTimeOffset now, DateTimeOffset? due, string details, Guid? documentId, string? actor)
    {
        var filing = new ProjectFiling
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Kind = kind, FiledAt = now, DueAt = due,
            IsLate = due is not null && now > due, Details = details.Trim(), DocumentId = documentId, FiledBy = actor ?? "",
        };
        // Added explicitly: a new row with a client-set key in a navigation would be taken for an existing one.
        db.Add(filing);
        project.Filings.Add(filing);
        return filing;
    }
}
