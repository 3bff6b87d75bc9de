using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Projects.Common;

/// <summary>
/// The user tasks during which a returned application is open for revision by its lead department: new-project's
/// <c>reviseApplication</c> (a reviewer returned it) and cross-department-project's <c>revisePlan</c> (a co-builder declined its part).
/// </summary>
public static class RevisionTasks
{
    public const string ReviseApplication = "reviseApplication";
    public const string RevisePlan = "revisePlan";

    private static readonly string[] ActivityIds = [ReviseApplication, RevisePlan];

    /// <summary>The open revision task of the project, if a return is open (the business key is the project id).</summary>
    public static async Task<UserTaskRecord?> OpenTaskAsync(WorkflowsDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var businessKey = projectId.ToString();
        return await db.UserTasks.AsNoTracking()
            .Where(t => t.BusinessKey == businessKey && t.Status == UserTaskStatus.Open && ActivityIds.Contains(t.ActivityId))
            .OrderByDescending(t => t.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
