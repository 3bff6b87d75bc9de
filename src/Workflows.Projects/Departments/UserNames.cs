using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Projects.Queries.GetProjectDetails;

namespace Workflows.Projects.Departments;

/// <summary>
/// Users as the departments read them on tasks and in the history: by display name (数字政府服务中心), not by sign-in code
/// (<c>dgsc</c>). A name that is no user's (a system step, a user since removed) stays as it is.
/// </summary>
internal static class UserNames
{
    /// <summary>The user of a history actor: <c>dgsc (new-project:recordTechnicalReview)</c> names the user <c>dgsc</c> and the step.</summary>
    public static string UserOf(string actor) => actor.Split(" (")[0];

    public static async Task<string> OfAsync(WorkflowsDbContext db, string userName, CancellationToken cancellationToken) =>
        (await OfManyAsync(db, [userName], cancellationToken)).GetValueOrDefault(userName, userName);

    /// <summary>The display name of each given sign-in code, the code itself where it is no user's, looked up in one query.</summary>
    public static async Task<Func<string, string>> NamerAsync(WorkflowsDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var names = await OfManyAsync(db, userNames, cancellationToken);
        return userName => names.GetValueOrDefault(userName, userName);
    }

    /// <summary>The rows with the display name of each actor that is a user, looked up in one query.</summary>
    public static async Task<IReadOnlyList<ProjectDetails.HistoryRow>> NameActorsAsync(
        WorkflowsDbContext db, IReadOnlyList<ProjectDetails.HistoryRow> rows, CancellationToken cancellationToken)
    {
        var names = await OfManyAsync(db, rows.Select(row => UserOf(row.Actor)), cancellationToken);
        return [.. rows.Select(row => names.TryGetValue(UserOf(row.Actor), out var name) ? row with { ActorName = name } : row)];
    }

    /// <summary>The display names of the given sign-in codes that are users with one, keyed by the code as given.</summary>
    private static async Task<Dictionary<string, string>> OfManyAsync(WorkflowsDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var byNormalized = userNames.Where(name => name.Length > 0).Distinct()
            .GroupBy(name => name.ToUpperInvariant()).ToDictionary(group => group.Key, group => group.ToList());
        if (byNormalized.Count == 0)
            return [];
        var normalized = byNormalized.Keys.ToList();
        var found = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName != null && normalized.Contains(u.NormalizedUserName) && u.DisplayName != "")
            .Select(u => new { u.NormalizedUserName, u.DisplayName }).ToListAsync(cancellationToken);
        return found.SelectMany(user => byNormalized[user.NormalizedUserName!].Select(name => (name, user.DisplayName)))
            .ToDictionary(pair => pair.name, pair => pair.DisplayName);
    }
}
