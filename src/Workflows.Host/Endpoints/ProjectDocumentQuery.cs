using Workflows.Host.Authorization;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Queries.PageProjectDocuments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The query string of GET /api/projects/{id}/documents: <c>kind</c> (a document kind), <c>search</c> (in the file name),
/// <c>sort</c> (<c>uploaded</c>, the default, <c>name</c> or <c>kind</c>), <c>order</c> (<c>asc</c>, the default, or
/// <c>desc</c>), <c>skip</c> and <c>take</c> (1 to 200, default 20).
/// </summary>
public sealed record ProjectDocumentQuery(string? Kind, string? Search, string? Sort, string? Order, int? Skip, int? Take)
{
    /// <summary>The page <paramref name="caller"/> asked for, limited to what the caller may see; 400 keyed by the parameter otherwise.</summary>
    public PageProjectDocuments ToQuery(Guid projectId, Caller caller)
    {
        var problems = new List<Problem>();
        var descending = ListPaging.Check(problems, Skip, Take, Order, PageProjectDocuments.MaxTake);
        DocumentKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Enum.TryParse<DocumentKind>(Kind.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                kind = parsed;
            else
                problems.Add(new Problem("kind", "未知的文件类型 (unknown document kind)"));
        }

        var sort = string.IsNullOrWhiteSpace(Sort) ? "uploaded" : Sort.Trim().ToLowerInvariant();
        var documentSort = sort switch
        {
            "name" => ProjectDocumentSort.Name,
            "kind" => ProjectDocumentSort.Kind,
            _ => ProjectDocumentSort.Uploaded,
        };
        if (sort is not ("uploaded" or "name" or "kind"))
            problems.Add(new Problem("sort", "排序须为 uploaded、name 或 kind (sort by uploaded, name or kind)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return new PageProjectDocuments(projectId, ProjectAccess.VisibleDepartment(caller), kind, Search, documentSort, descending, Skip ?? 0, Take ?? 20);
    }
}
