using Workflows.Engine.Execution;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Definitions.LocalizedNames;

/// <summary>
/// The English names a definition gives its process and user tasks as the <c>name.en</c> entry of their
/// <c>camunda:properties</c> (editable in the designer's properties panel and in Camunda Modeler), for the UI's
/// English mode; null where none is given. Published versions are compiled once (<c>DefinitionCache</c>).
/// </summary>
public sealed class EnglishNames(IDefinitionResolver resolver, DefinitionCache cache)
{
    public const string Property = "name.en";

    public async ValueTask<string?> OfActivityAsync(string key, int version, string activityId, CancellationToken cancellationToken) =>
        await ResolveAsync(key, version, cancellationToken) is { } definition
        && definition.Model.NodesById.TryGetValue(activityId, out var node)
            ? node.Properties.GetValueOrDefault(Property)
            : null;

    public async ValueTask<string?> OfProcessAsync(string key, int version, CancellationToken cancellationToken) =>
        (await ResolveAsync(key, version, cancellationToken))?.Model.Properties.GetValueOrDefault(Property);

    private async ValueTask<ExecutableDefinition?> ResolveAsync(string key, int version, CancellationToken cancellationToken)
    {
        // The version an instance runs on is compiled already: its names cost no query (a new task's mail asks for them
        // inside the command's transaction).
        if (cache.TryGet(key, version, out var compiled))
            return compiled;
        try
        {
            return await resolver.ResolveAsync(key, version, cancellationToken);
        }
        catch (NotFoundException)
        {
            // A retired or deleted version names nothing in English: the UI shows the Chinese name.
            return null;
        }
    }
}
