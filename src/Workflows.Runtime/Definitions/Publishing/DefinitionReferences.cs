using Workflows.Engine.Model;
using Workflows.Runtime.Common;
using Workflows.Runtime.Forms;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>
/// What a model names outside itself: candidate groups that exist and forms with a published version. A draft
/// lists these problems; publishing refuses them, so an admin learns at save what publishing would refuse.
/// </summary>
public sealed class DefinitionReferences(CandidateGroups groups, FormPins forms)
{
    /// <summary>The key of a problem with a user task's candidate groups.</summary>
    public const string GroupProblemKey = "candidateGroups";

    public async ValueTask<IReadOnlyList<Problem>> ProblemsAsync(ProcessModel process, CancellationToken cancellationToken) =>
        [.. GroupProblems(process), .. await forms.ProblemsAsync(process, cancellationToken)];

    /// <summary>Each literal group no one belongs to; a group computed by an expression is only known at run time.</summary>
    private IEnumerable<Problem> GroupProblems(ProcessModel process) =>
        from task in process.NodesById.Values.OfType<UserTask>()
        where task.CandidateGroups?.Literal is not null
        from candidate in task.CandidateGroups!.Literal!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        where !groups.Accepts(candidate)
        select new Problem(GroupProblemKey,
            $"{task.Line}: {task.Id}: 候选组“{candidate}”不存在 (the candidate group '{candidate}' does not exist)");
}
