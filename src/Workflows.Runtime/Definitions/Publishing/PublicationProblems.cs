using Workflows.Engine.Model;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>
/// Everything publishing refuses in a document, keyed: the model's own problems, or else what it names outside itself
/// (<see cref="DefinitionReferences"/>). Validation, a draft's save and publishing all ask here, so the designer hears
/// at each step what publishing would say.
/// </summary>
public sealed class PublicationProblems(DefinitionCheck check, DefinitionReferences references)
{
    /// <summary>The executable process (null when the model itself is refused) and the problems; none means it can be published.</summary>
    public async ValueTask<(ProcessModel? Process, IReadOnlyList<Problem> Problems)> OfAsync(string xml, string? expectedKey, CancellationToken cancellationToken)
    {
        var (process, problems) = check.Import(xml, expectedKey);
        return process is null
            ? (null, [.. problems.Select(problem => Problem.From(DefinitionPublisher.Describe(problem)))])
            : (process, await references.ProblemsAsync(process, cancellationToken));
    }
}
