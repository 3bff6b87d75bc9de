using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.GetDefinitionXml;

/// <summary>The BPMN XML of a version, or of the draft when <see cref="Version"/> is null.</summary>
public sealed record GetDefinitionXml(string Key, int? Version) : IQuery<string>;

public sealed class GetDefinitionXmlHandler(WorkflowsDbContext db) : IQueryHandler<GetDefinitionXml, string>
{
    public async ValueTask<string> Handle(GetDefinitionXml query, CancellationToken cancellationToken)
    {
        var matching = db.Definitions.AsNoTracking().Where(d => d.Key == query.Key);
        matching = query.Version is { } version
            ? matching.Where(d => d.Version == version)
            : matching.Where(d => d.Status == DefinitionStatus.Draft);
        return await matching.Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(query.Version is null
                ? $"Process definition '{query.Key}' has no draft."
                : $"Process definition '{query.Key}' has no version {query.Version}.");
    }
}
