namespace Workflows.Host.Authorization;

/// <summary>Named authorization policies of the API.</summary>
public static class WorkflowsPolicies
{
    /// <summary>Bureau administrators alone change definitions, users and calendars.</summary>
    public const string Admin = "admin";

    /// <summary>The county-wide parties of the measures (bureau, reviewers, county government) and administrators.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Accounts of external task workers (<see cref="WorkerRole"/>).</summary>
    public const string Worker = "worker";

    /// <summary>Any signed-in account, a worker's too: what every account may ask of itself (who it is).</summary>
    public const string Account = "account";
}
