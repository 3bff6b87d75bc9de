using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.History;

namespace Workflows.Projects.Common;

/// <summary>Appends to a project's append-only history and bumps its concurrency token.</summary>
internal static class ProjectHistory
{
    /// <summary>
    /// How the changed values are written and read back: enums by name, so the page can label a stage or a decision
    /// (a number says nothing to a reader); rows written before as numbers still read.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new JsonStringEnumConverter() },
    };

    public static void Record(this Project project, DateTimeOffset at, string? actor, string action, string summary,
        object? oldValues = null, object? newValues = null)
    {
        project.History.Add(new ProjectHistoryEntry
        {
            ProjectId = project.Id,
            At = at,
            Actor = actor ?? "",
            Action = action,
            Summary = summary,
            OldValues = oldValues is null ? null : JsonSerializer.Serialize(oldValues, Json),
            NewValues = newValues is null ? null : JsonSerializer.Serialize(newValues, Json),
        });
        project.Revision++;
    }
}
