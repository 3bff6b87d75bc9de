using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Workflows.Engine.Execution;
using Workflows.Engine.Parsing;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Durable;

/// <summary>Finds published versions in <c>definitions</c> and compiles them through the <see cref="DefinitionCache"/>.</summary>
public sealed class EfDefinitionResolver(WorkflowsDbContext db, DefinitionCache cache) : IDefinitionResolver
{
    // Compiled once per model (a compiled query is bound to the model it was compiled against, and one process may
    // hold several providers' models): every instance start looks its version up, and building the LINQ expression
    // and finding it in EF Core's query cache at each start cost the start more CPU than the indexed read itself.
    private static readonly ConditionalWeakTable<IModel, Lookups> Compiled = [];

    private sealed class Lookups
    {
        public readonly Func<WorkflowsDbContext, string, Task<Guid?>> LatestPublished = EF.CompileAsyncQuery(
            (WorkflowsDbContext db, string key) => db.Definitions.AsNoTracking()
                .Where(d => d.Key == key && d.Status == DefinitionStatus.Published)
                .OrderByDescending(d => d.Version).Select(d => (Guid?)d.Id).FirstOrDefault());

        public readonly Func<WorkflowsDbContext, string, int, Task<Guid?>> PublishedVersion = EF.CompileAsyncQuery(
            (WorkflowsDbContext db, string key, int version) => db.Definitions.AsNoTracking()
                .Where(d => d.Key == key && d.Status == DefinitionStatus.Published && d.Version == version)
                .Select(d => (Guid?)d.Id).FirstOrDefault());
    }

    public async ValueTask<ExecutableDefinition> ResolveAsync(string key, int? version, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lookups = Compiled.GetValue(db.Model, static _ => new Lookups());
        var id = version is { } wanted ? await lookups.PublishedVersion(db, key, wanted) : await lookups.LatestPublished(db, key);
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
