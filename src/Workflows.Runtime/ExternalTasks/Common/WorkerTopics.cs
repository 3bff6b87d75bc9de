using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Workflows.Runtime.ExternalTasks.Common;

/// <summary>
/// The topics a worker account may fetch and act on: one Identity user claim per topic, set by administrators.
/// Read inside each command, so a topic withdrawn from an account stops it at its next call.
/// </summary>
public static class WorkerTopics
{
    public const string ClaimType = "workflows:external-task-topic";

    public static async Task<HashSet<string>> OfAsync(WorkflowsDbContext db, string userName, CancellationToken cancellationToken)
    {
        var topics = await (
            from user in db.Users
            join claim in db.UserClaims on user.Id equals claim.UserId
            where user.UserName == userName && claim.ClaimType == ClaimType
            select claim.ClaimValue).ToListAsync(cancellationToken);
        return topics.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
