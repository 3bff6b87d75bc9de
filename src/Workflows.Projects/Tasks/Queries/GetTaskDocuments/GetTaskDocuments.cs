using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;

namespace Workflows.Projects.Tasks.Queries.GetTaskDocuments;

/// <summary>The documents a task asks for and whether each is on file, so a client knows before submitting.</summary>
/// <param name="ProjectId">The project the task's instance works on (its business key); null when it has none.</param>
public sealed record GetTaskDocuments(string DefinitionKey, string ActivityId, Guid? ProjectId) : IQuery<IReadOnlyList<TaskDocument>>;

public sealed class GetTaskDocumentsHandler(WorkflowsDbContext db) : IQueryHandler<GetTaskDocuments, IReadOnlyList<TaskDocument>>
{
    public async ValueTask<IReadOnlyList<TaskDocument>> Handle(GetTaskDocuments query, CancellationToken cancellationToken)
    {
        var required = TaskDocumentRequirements.Of(query.DefinitionKey, query.ActivityId);
        if (required.Count == 0)
            return [];
        var present = query.ProjectId is { } projectId
            ? await db.Set<ProjectDocument>().AsNoTracking().Where(d => d.ProjectId == projectId).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken)
            : [];
        return [.. required.Select(kind => new TaskDocument(kind, DocumentNames.Of(kind), Required: true, present.Contains(kind)))];
    }
}
