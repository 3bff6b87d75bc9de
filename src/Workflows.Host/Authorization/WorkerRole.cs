using System.Security.Claims;

namespace Workflows.Host.Authorization;

/// <summary>
/// Accounts of systems outside the platform (the finance or archive system) that do external tasks: they fetch, lock
/// and complete the tasks of the topics on their allow-list (user claims set by administrators), and nothing else.
/// Not a party of the measures: no user task is assigned to it and it sees no department's work.
/// </summary>
public static class WorkerRole
{
    public const string Name = "worker";

    /// <summary>An account whose only role is <see cref="Name"/>: it may call the external task endpoints and nothing else.</summary>
    public static bool IsWorkerOnly(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToList();
        return roles.Count > 0 && roles.All(role => role == Name);
    }
}
