namespace Workflows.Host.Security;

/// <summary>What happened, for the log and for whoever observes <see cref="SecurityEvents"/>.</summary>
public enum SecurityEventKind
{
    SignInSucceeded,
    SignInFailed,

    /// <summary>The account is locked out: refused whatever the password (the attempt that locks it included).</summary>
    SignInLockedOut,

    /// <summary>The client failed too often and was answered 429 without the password being checked.</summary>
    SignInThrottled,
    SignedOut,

    /// <summary>A cookie or token of a user who signed out, changed password or roles, or is locked out, was refused.</summary>
    SessionRevoked,

    /// <summary>A 403: a policy (admin endpoints, the dashboard, the job dashboard) or a rule on one resource refused the caller.</summary>
    AccessDenied,
    UserCreated,
    RoleAssigned,
    RoleRemoved,

    /// <summary>An administrator made a user a group leader or ended their leadership.</summary>
    LeaderChanged,

    /// <summary>An administrator set the topics a worker account may fetch external tasks of.</summary>
    WorkerTopicsChanged,
}
