using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Forms.GetFormSchema;

/// <summary>The form-js schema of a version, or of the draft when <see cref="Version"/> is null.</summary>
public sealed record GetFormSchema(string Key, int? Version) : IQuery<string>;

public sealed class GetFormSchemaHandler(WorkflowsDbContext db) : IQueryHandler<GetFormSchema, string>
{
    public async ValueTask<string> Handle(GetFormSchema query, CancellationToken cancellationToken)
    {
        var matching = db.Set<FormRecord>().AsNoTracking().Where(f => f.Key == query.Key);
        matching = query.Version is { } version
            ? matching.Where(f => f.Version == version)
            : matching.Where(f => f.Status == FormStatus.Draft);
        return await matching.Select(f => f.Json).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(query.Version is null
                ? $"Form '{query.Key}' has no draft."
                : $"Form '{query.Key}' has no version {query.Version}.");
    }
}
