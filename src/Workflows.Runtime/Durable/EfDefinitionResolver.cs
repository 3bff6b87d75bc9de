using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Engine.Parsing;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Durable;

/// <summary>Finds published versions in <c>definitions</c> and compiles them through the <see cref="DefinitionCache"/>.</summary>
public sealed class EfDefinitionResolver(WorkflowsDbContext db, DefinitionCache cache) : IDefinitionResolver
{
    public async ValueTask<ExecutableDefinition> ResolveAsync(string key, int? version, CancellationToken cancellationToken)
    {
        var published = db.Definitions.AsNoTracking()
            .Where(d => d.Key == key && d.Status == DefinitionStatus.Published);
        if (version is not null)
            published = published.Where(d => d.Version == version);
        var id = await published.OrderByDescending(d => d.Version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
            throw new NotFoundException(version is null
                ? $"No published version of process definition '{key}'."
                : $"Process definition '{key}' has no published version {version}.");
        return await GetAsync(id.Value, cancellationToken);
    }

    public async ValueTask<ExecutableDefinition> GetAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(definitionId, out var cached))
            return cached;
        var record = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == definitionId, cancellationToken)
            ?? throw NotFoundException.For("Process definition", definitionId);
        if (record.Version is not { } version)
            throw new ConflictException($"Process definition '{record.Key}' is a draft; publish it first.");
        var model = BpmnImporter.ImportSingleExecutable(record.Xml, record.Key);
        var definition = new ExecutableDefinition(record.Id, record.Key, version, model);
        cache.Add(definition);
        return definition;
    }
}
