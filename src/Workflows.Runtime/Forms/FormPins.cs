using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Model;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Forms;

/// <summary>
/// Which form version each form key of a process shows. A process version pins the latest published version of
/// every form its user tasks name when it is published, so publishing a form reaches new process versions only.
/// </summary>
public sealed class FormPins(WorkflowsDbContext db)
{
    /// <summary>The key of a problem with a user task's form.</summary>
    public const string ProblemKey = "formKey";

    /// <summary>The latest published version of each form the process names; a form never published stops the publication.</summary>
    public async ValueTask<IReadOnlyDictionary<string, int>> CurrentAsync(ProcessModel process, CancellationToken cancellationToken)
    {
        var (published, problems) = await PublishedAsync(process, cancellationToken);
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return published;
    }

    /// <summary>Each user task whose form has no published version, as a draft shows it before publishing.</summary>
    public async ValueTask<IReadOnlyList<Problem>> ProblemsAsync(ProcessModel process, CancellationToken cancellationToken) =>
        (await PublishedAsync(process, cancellationToken)).Problems;

    private async ValueTask<(Dictionary<string, int> Published, List<Problem> Problems)> PublishedAsync(ProcessModel process, CancellationToken cancellationToken)
    {
        var tasks = process.NodesById.Values.OfType<UserTask>().Where(task => task.FormKey is not null).ToList();
        var keys = tasks.Select(task => task.FormKey!).Distinct(StringComparer.Ordinal).ToList();
        var versions = await db.Set<FormRecord>().AsNoTracking()
            .Where(f => keys.Contains(f.Key) && f.Status == FormStatus.Published)
            .Select(f => new { f.Key, f.Version })
            .ToListAsync(cancellationToken);
        var published = versions.GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(f => f.Version!.Value), StringComparer.Ordinal);
        var problems = tasks.Where(task => !published.ContainsKey(task.FormKey!))
            .Select(task => new Problem(ProblemKey,
                $"{task.Line}: {task.Id}: 表单“{task.FormKey}”没有已发布的版本 (the form '{task.FormKey}' has no published version)"))
            .ToList();
        return (published, problems);
    }

    /// <summary>The forms a published process version pinned.</summary>
    public async ValueTask<IReadOnlyDictionary<string, int>> OfAsync(string definitionKey, int definitionVersion, CancellationToken cancellationToken) =>
        await db.Set<PinnedFormRecord>().AsNoTracking()
            .Where(p => p.DefinitionKey == definitionKey && p.DefinitionVersion == definitionVersion)
            .ToDictionaryAsync(p => p.FormKey, p => p.FormVersion, StringComparer.Ordinal, cancellationToken);

    public void Pin(string definitionKey, int definitionVersion, IReadOnlyDictionary<string, int> forms)
    {
        foreach (var (formKey, formVersion) in forms)
            db.Add(new PinnedFormRecord { DefinitionKey = definitionKey, DefinitionVersion = definitionVersion, FormKey = formKey, FormVersion = formVersion });
    }
}
