using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Host.Endpoints;

/// <summary>The mail outbox for the operations console: what waits, what was sent, what failed, and resending a failed mail.</summary>
public static class MailOutboxEndpoints
{
    /// <summary>The relay as this node last saw it: unreachable until <paramref name="RetryAt"/>, or reachable (both null).</summary>
    public sealed record RelayResponse(string? Outage, DateTimeOffset? RetryAt);

    public sealed record OutboxResponse(MailOutboxCounts Counts, RelayResponse Relay, IReadOnlyList<MailOutboxEntry> Items);

    public static RouteGroupBuilder MapMailOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mail/outbox").WithTags("Mail").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/", ListOutbox);
        group.MapPost("/{id:guid}/resend", Resend);
        return group;
    }

    /// <summary>The counts of every status, and the newest mails of the given status (pending, sent or failed) or of all.</summary>
    public static async Task<Results<Ok<OutboxResponse>, ValidationProblem>> ListOutbox(
        string? status, MailOutboxAdministration outbox, MailRelayBackOff relay, CancellationToken cancellationToken)
    {
        MailStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<MailStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(status[0]))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["status"] = [$"未知的邮件状态 {status}，应为 pending、sent 或 failed (unknown mail status; use pending, sent or failed)"],
                });
            }

            filter = parsed;
        }

        var counts = await outbox.CountAsync(cancellationToken);
        var items = await outbox.ListAsync(filter, cancellationToken);
        return TypedResults.Ok(new OutboxResponse(counts, new RelayResponse(relay.Outage, relay.RetryAt), items));
    }

    /// <summary>Sends a failed mail again with fresh attempts: 404 for an unknown mail, 409 for one that is not failed.</summary>
    public static async Task<NoContent> Resend(Guid id, MailOutboxAdministration outbox, CancellationToken cancellationToken)
    {
        await outbox.ResendAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
