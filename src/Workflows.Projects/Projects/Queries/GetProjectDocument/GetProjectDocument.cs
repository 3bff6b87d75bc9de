using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Queries.GetProjectDocument;

/// <summary>One document of a project with its content, for download.</summary>
public sealed record GetProjectDocument(Guid ProjectId, Guid DocumentId) : IQuery<ProjectDocumentFile>;

public sealed class GetProjectDocumentHandler(WorkflowsDbContext db) : IQueryHandler<GetProjectDocument, ProjectDocumentFile>
{
    public async ValueTask<ProjectDocumentFile> Handle(GetProjectDocument query, CancellationToken cancellationToken) =>
        await db.Set<ProjectDocument>().AsNoTracking().Where(d => d.Id == query.DocumentId && d.ProjectId == query.ProjectId)
            .Select(d => new ProjectDocumentFile(d.FileName, d.ContentType, d.Content, d.Sha256))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("文件 (document)", query.DocumentId);
}
