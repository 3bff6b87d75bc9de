using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Dashboard;
using Workflows.Runtime.Audit.ListAuditEntries;
using Workflows.Runtime.Audit.VerifyAuditTrail;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The audit trail for bureau administrators: read, export and verify. There is deliberately no endpoint that
/// changes or deletes a row: the trail is append-only, and only the product's own commands append to it.
/// </summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/", ListEntries);
        group.MapGet("/verify", Verify);
        group.MapGet("/export.csv", Export);
        return group;
    }

    /// <summary>Newest first; <paramref name="before"/> is the smallest sequence number of the previous page.</summary>
    public static async Task<Ok<IReadOnlyList<AuditEntryItem>>> ListEntries(
        long? before, int? take, string? actor, string? action, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListAuditEntries(before, take ?? 100, actor, action), cancellationToken));

    public static async Task<Ok<AuditVerification>> Verify(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new VerifyAuditTrail(), cancellationToken));

    public static async Task<FileContentHttpResult> Export(string? actor, string? action, IMediator mediator, CancellationToken cancellationToken)
    {
        var entries = await mediator.Send(new ListAuditEntries(null, ListAuditEntriesHandler.MaxTake, actor, action), cancellationToken);
        var csv = CsvTable.Write(
            ["序号", "时间", "操作人", "操作", "对象", "详情", "客户端地址", "前一行哈希(SM3)", "本行哈希(SM3)"],
            entries.Select(e => (IReadOnlyList<object?>)[e.Sequence, e.At, e.Actor, e.Action, e.Target, e.Detail, e.ClientAddress, e.PreviousHash, e.Hash]));
        return TypedResults.File(csv, "text/csv; charset=utf-8", "audit-log.csv");
    }
}
