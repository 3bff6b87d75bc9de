using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Queries.GetProjectDetails;
using Workflows.Projects.Projects.Queries.ListProjects;

namespace Workflows.Projects.Projects.Queries.PageProjectDocuments;

/// <summary>
/// One page of a project's documents (without their content) of <see cref="Kind"/> whose file name contains
/// <see cref="Search"/>, sorted, and how many match in all; <see cref="VisibleToDepartment"/> limits a clerk to the projects
/// their department leads or co-builds, as a condition of the query.
/// </summary>
public sealed record PageProjectDocuments(
    Guid ProjectId, string? VisibleToDepartment, DocumentKind? Kind = null, string? Search = null,
    ProjectDocumentSort Sort = ProjectDocumentSort.Uploaded, bool Descending = false, int Skip = 0, int Take = 20)
    : IQuery<ProjectDocumentPage>
{
    public const int MaxTake = 200;
}

public sealed class PageProjectDocumentsHandler(WorkflowsDbContext db) : IQueryHandler<PageProjectDocuments, ProjectDocumentPage>
{
    public async ValueTask<ProjectDocumentPage> Handle(PageProjectDocuments query, CancellationToken cancellationToken)
    {
        var projects = db.Set<Project>().AsNoTracking().Where(p => p.Id == query.ProjectId);
        if (query.VisibleToDepartment is { } department)
            projects = ProjectSelection.LedOrCoBuiltBy(projects, department);
        var documents = db.Set<ProjectDocument>().AsNoTracking().Where(d => projects.Any(p => p.Id == d.ProjectId));
        if (query.Kind is { } kind)
            documents = documents.Where(d => d.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            documents = documents.Where(d => d.FileName.Contains(search));
        }

        var total = await documents.CountAsync(cancellationToken);
        // The id breaks ties, so pages never overlap.
        var ordered = (query.Sort, query.Descending) switch
        {
            (ProjectDocumentSort.Name, false) => documents.OrderBy(d => d.FileName).ThenBy(d => d.Id),
            (ProjectDocumentSort.Name, true) => documents.OrderByDescending(d => d.FileName).ThenByDescending(d => d.Id),
            (ProjectDocumentSort.Kind, false) => documents.OrderBy(d => d.Kind).ThenBy(d => d.UploadedAt).ThenBy(d => d.Id),
            (ProjectDocumentSort.Kind, true) => documents.OrderByDescending(d => d.Kind).ThenByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id),
            (_, false) => documents.OrderBy(d => d.UploadedAt).ThenBy(d => d.Id),
            _ => documents.OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id),
        };
        // The content stays in the database: the length is computed there, the bytes never leave it.
        var items = await ordered.Skip(query.Skip).Take(Math.Clamp(query.Take, 1, PageProjectDocuments.MaxTake))
            .Select(d => new ProjectDetails.Document(d.Id, d.Kind, d.FileName, d.Content.Length, d.Sha256, d.UploadedAt))
            .ToListAsync(cancellationToken);
        return new ProjectDocumentPage(items, total);
    }
}
