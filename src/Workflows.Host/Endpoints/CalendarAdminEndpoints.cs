using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Calendar.AddLocalDayOff;

namespace Workflows.Host.Endpoints;

/// <summary>Administrators publish a year's State Council schedule and the county's local days off.</summary>
public static class CalendarAdminEndpoints
{
    public sealed record CalendarYearRequest(int Year, IReadOnlyList<DateOnly>? OffDays, IReadOnlyList<DateOnly>? WorkDays);

    public sealed record DayOffRequest(DateOnly Date, string? Reason);

    /// <summary>How many open tasks had their due date computed again.</summary>
    public sealed record DeadlinesRecomputed(int Tasks);

    public static RouteGroupBuilder MapCalendarAdminEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/years", AddYear).RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapPost("/days-off", AddDayOff).RequireAuthorization(WorkflowsPolicies.Admin);
        return group;
    }

    public static async Task<Ok<DeadlinesRecomputed>> AddYear(CalendarYearRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var changed = await mediator.Send(new AddCalendarYear(request.Year, request.OffDays ?? [], request.WorkDays ?? [], Actor: Caller.From(principal).UserName));
        return TypedResults.Ok(new DeadlinesRecomputed(changed));
    }

    public static async Task<Ok<DeadlinesRecomputed>> AddDayOff(DayOffRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var changed = await mediator.Send(new AddLocalDayOff(request.Date, request.Reason ?? "", Caller.From(principal).UserName));
        return TypedResults.Ok(new DeadlinesRecomputed(changed));
    }
}
