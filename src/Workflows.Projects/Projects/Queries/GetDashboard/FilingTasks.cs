using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Projects.Queries.GetDashboard;

/// <summary>The user tasks of new-project.bpmn through which a department files with the bureau.</summary>
internal static class FilingTasks
{
    private static readonly Dictionary<string, FilingKind> ByActivity = new()
    {
        ["fileContract"] = FilingKind.Contract, // Art. 18: within 5 working days of signing.
        ["fileAcceptanceReport"] = FilingKind.AcceptanceReport, // Art. 25: within 30 working days of acceptance.
    };

    public static IReadOnlyCollection<string> Activities => ByActivity.Keys;

    public static FilingKind? KindOf(string activityId) => ByActivity.TryGetValue(activityId, out var kind) ? kind : null;
}
