using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Funding;
using Workflows.Projects.Funding.Commands.DisbursePayment;
using Workflows.Projects.Funding.Commands.RequestPayment;
using Workflows.Projects.Funding.Queries.GetPaymentLedger;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// A project's funding ledger (art. 13): whoever sees the project reads it; the lead department requests payments;
/// finance records requests and disbursements. Arts. 25 and 28 refuse payments to a held, suspended or terminated project.
/// </summary>
public static class ProjectPaymentEndpoints
{
    public sealed record PaymentRequest(PaymentFund Fund, decimal Amount, string? Purpose, bool Disbursed = false);

    public static RouteGroupBuilder MapProjectPaymentEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/payments", GetLedger);
        group.MapPost("/{id:guid}/payments", RequestPayment);
        group.MapPost("/{id:guid}/payments/{paymentId:guid}/disburse", DisbursePayment);
        return group;
    }

    public static async Task<Ok<PaymentLedger>> GetLedger(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        ProjectAccess.EnsureCanView(Caller.From(principal), await mediator.Send(new GetProjectDepartments(id)));
        return TypedResults.Ok(await mediator.Send(new GetPaymentLedger(id)));
    }

    /// <summary>Finance records a request or, with <c>disbursed</c>, a payment made; the lead department only requests.</summary>
    public static async Task<Created<PaymentLedger.Entry>> RequestPayment(Guid id, PaymentRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var project = await mediator.Send(new GetProjectDepartments(id));
        var finance = caller.Roles.Contains(ProjectRoles.Finance);
        if (!finance && !(caller.IsDepartmentScoped && caller.DepartmentCode == project.LeadDepartmentCode))
            throw new ForbiddenException($"Only finance or the lead department of project {id} may request its payments.");
        if (request.Disbursed && !finance)
            throw new ForbiddenException("Only finance records a disbursement.");
        var payment = await mediator.Send(new RequestPayment(id, request.Fund, request.Amount, request.Purpose ?? "", request.Disbursed, caller.UserName));
        return TypedResults.Created($"/api/projects/{id}/payments/{payment.Id}", EntryOf(payment));
    }

    public static async Task<Ok<PaymentLedger.Entry>> DisbursePayment(Guid id, Guid paymentId, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!caller.Roles.Contains(ProjectRoles.Finance))
            throw new ForbiddenException("Only finance disburses payments.");
        return TypedResults.Ok(EntryOf(await mediator.Send(new DisbursePayment(id, paymentId, caller.UserName))));
    }

    private static PaymentLedger.Entry EntryOf(ProjectPayment p) =>
        new(p.Id, p.Fund, p.Amount, p.Purpose, p.Status, p.RequestedAt, p.RequestedBy, p.DisbursedAt, p.DisbursedBy);
}
