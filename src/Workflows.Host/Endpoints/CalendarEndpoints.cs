using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Engine.Calendar;

namespace Workflows.Host.Endpoints;

/// <summary>Working-day arithmetic on the county's business calendar (statutory holidays, make-up days, local days off).</summary>
public static class CalendarEndpoints
{
    public sealed record DueDate(DateOnly Start, int WorkingDays, DateOnly Due, bool Provisional);

    public static RouteGroupBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");
        group.MapGet("/due", GetDueDate);
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
}
