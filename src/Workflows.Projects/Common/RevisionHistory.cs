using System.Text.Json;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.History;

namespace Workflows.Projects.Common;

/// <summary>The history rows of a return for revision: who returned the application and why, and each field the department changed.</summary>
internal static class RevisionHistory
{
    public const string Returned = "returned-for-revision";
    public const string Revised = "application-revised";

    public static void RecordReturn(this Project project, DateTimeOffset at, string? actor, string returnedBy, string reason) =>
        project.Record(at, actor, Returned, Clip($"退回修改（{returnedBy}）：{reason}"), newValues: new ReturnValues(returnedBy, reason));

    /// <summary>The latest return of the project, if any.</summary>
    public static ReturnValues? LatestReturn(IEnumerable<ProjectHistoryEntry> history) =>
        history.Where(h => h.Action == Returned && h.NewValues is not null).MaxBy(h => h.Id) is { } row
            ? JsonSerializer.Deserialize<ReturnValues>(row.NewValues!, ProjectHistory.Json)
            : null;

    /// <summary>The summaries of the field changes made since the latest return.</summary>
    public static IReadOnlyList<string> ChangesSinceReturn(IEnumerable<ProjectHistoryEntry> history)
    {
        var rows = history.OrderBy(h => h.Id).ToList();
        var since = rows.FindLastIndex(h => h.Action == Returned);
        return [.. rows.Skip(since + 1).Where(h => h.Action == Revised).Select(h => h.Summary)];
    }

    /// <summary>A history summary holds at most 1,000 characters; the full values stay in the row's JSON.</summary>
    public static string Clip(string summary) => summary.Length <= MaxSummary ? summary : summary[..(MaxSummary - 1)] + "…";

    private const int MaxSummary = 1000;

    public sealed record ReturnValues(string ReturnedBy, string Reason);
}
