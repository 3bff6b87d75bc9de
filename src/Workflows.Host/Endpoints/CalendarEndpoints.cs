using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Engine.Calendar;

namespace Workflows.Host.Endpoints;

/// <summary>Working-day arithmetic on the county's business calendar (statutory holidays, make-up days, local days off).</summary>
public static class CalendarEndpoints
{
    public sealed record DueDate(DateOnly Start, int WorkingDays, DateOnly Due, bool Provisional);

    public sealed record WorkingDayCount(DateOnly From, DateOnly To, int WorkingDays, bool Provisional);

    /// <summary>Ten years either way: enough for any deadline of the measures, and bounded work per request.</summary>
    private const int MaxSpanDays = 3660;

    public static RouteGroupBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");
        group.MapGet("/due", GetDueDate);
        group.MapGet("/working-days", CountWorkingDays);
        group.MapCalendarAdminEndpoints();
        return group;
    }

    /// <summary>The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/> (arts. 18, 25).</summary>
    public static Results<Ok<DueDate>, ValidationProblem> GetDueDate(DateOnly start, int workingDays, IBusinessCalendar calendar)
    {
        if (workingDays is < 0 or > 3650)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["workingDays"] = ["必须在 0 到 3650 之间 (must be between 0 and 3650)"],
            });
        }

        var due = calendar.AddWorkingDays(start, workingDays);
        return TypedResults.Ok(new DueDate(start, workingDays, due, calendar.IsProvisional(start) || calendar.IsProvisional(due)));
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is earlier.</summary>
    public static Results<Ok<WorkingDayCount>, ValidationProblem> CountWorkingDays(DateOnly from, DateOnly to, IBusinessCalendar calendar)
    {
        if (Math.Abs(to.DayNumber - from.DayNumber) > MaxSpanDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["to"] = [$"起止日期相差不得超过 {MaxSpanDays} 天 (from and to must be at most {MaxSpanDays} days apart)"],
            });
        }

        return TypedResults.Ok(new WorkingDayCount(from, to, calendar.CountWorkingDays(from, to), calendar.IsProvisional(from) || calendar.IsProvisional(to)));
    }
}
