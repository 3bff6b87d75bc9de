using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Forms;

namespace Workflows.Runtime.Mail.Outcome;

/// <summary>
/// The opinion of the step that decided how an instance ended: the latest completed user task of the instance (or of a
/// process it called), and the value of its form's <c>…Opinion</c> field. A deciding step whose form asks no opinion gives none.
/// </summary>
public sealed class DecidingOpinion(WorkflowsDbContext db)
{
    private const string OpinionSuffix = "Opinion";

    public async Task<string?> FindAsync(ProcessInstance instance, CancellationToken cancellationToken)
    {
        var called = await db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == instance.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        List<Guid> instanceIds = [instance.Id, .. called];
        // Tracked, not filtered on status in SQL: the task completed by this very command is completed only in the change tracker.
        var tasks = await db.UserTasks.Where(t => instanceIds.Contains(t.InstanceId)).ToListAsync(cancellationToken);
        // The task this command completed decided when it ended the instance; otherwise the latest completion did.
        var deciding = tasks.Where(t => t.Status == UserTaskStatus.Completed)
            .OrderByDescending(t => db.Entry(t).State == EntityState.Modified)
            .ThenByDescending(t => t.CompletedAt).ThenByDescending(t => t.CreatedAt)
            .FirstOrDefault();
        if (deciding?.FormKey is not { } formKey
            || await db.PinnedFormSchemaAsync(deciding.DefinitionKey, deciding.DefinitionVersion, formKey, cancellationToken) is not { } schema)
            return null;

        using var document = JsonDocument.Parse(schema);
        return FormSchemaReader.Read(document.RootElement)
            .Where(field => field.Key.EndsWith(OpinionSuffix, StringComparison.Ordinal))
            .Select(field => instance.Variables.GetValueOrDefault(field.Key))
            .Where(value => value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            .Select(value => value.GetString())
            .FirstOrDefault();
    }
}
