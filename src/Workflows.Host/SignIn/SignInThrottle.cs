using System.Threading.RateLimiting;

namespace Workflows.Host.SignIn;

/// <summary>
/// Failed sign-ins per client (remote address): after <c>Auth:FailedSignInsPerClient</c> failures (20) within
/// <c>Auth:FailedSignInWindow</c> (15 minutes) the client is answered 429 without a password check. Account lockout
/// still counts per account; this stops one client from locking every account out in turn. The limiter is .NET's
/// built-in fixed-window one, partitioned by client; unlike the rate limiting middleware it counts failures only,
/// so a busy office behind one address is never slowed by its successful sign-ins.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly TimeSpan window;

    public SignInThrottle(IConfiguration configuration)
    {
        var failures = configuration.GetValue("Auth:FailedSignInsPerClient", 20);
        window = configuration.GetValue("Auth:FailedSignInWindow", TimeSpan.FromMinutes(15));
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = failures, Window = window, QueueLimit = 0, AutoReplenishment = true }));
    }

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True when the client has no failures left in this window; <paramref name="retryAfter"/> says until when.</summary>
    public bool IsThrottled(string client, out TimeSpan retryAfter)
    {
        // Zero permits asks whether any are left without taking one.
        using var lease = limiter.AttemptAcquire(client, permitCount: 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        return !lease.IsAcquired;
    }

    public void RecordFailure(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
    }

    public void Dispose() => limiter.Dispose();
}
