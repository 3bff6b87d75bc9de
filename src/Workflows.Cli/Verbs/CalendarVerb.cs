using System.CommandLine;
using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Hosting;
using Workflows.Engine.Calendar;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Calendar.AddLocalDayOff;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows calendar due|add-year|add-day-off</c>: working-day arithmetic and the admin's calendar edits.</summary>
internal static class CalendarVerb
{
    public static Command Create()
    {
        var command = new Command("calendar", "Working days of mainland China (statutory holidays, make-up days, local days off)");
        command.Subcommands.Add(CreateDue());
        command.Subcommands.Add(CreateAddYear());
        command.Subcommands.Add(CreateAddDayOff());
        return command;
    }

    private static Command CreateAddYear()
    {
        var file = new Argument<string>("FILE") { Description = "Schedule JSON in the shipped format: { \"2027\": { \"offDays\": [...], \"workDays\": [...] } }" };
        var addYear = new Command("add-year", "Add the State Council schedules of a file to the configured database; provisional deadlines are recomputed") { file };
        addYear.SetAction((parseResult, cancellationToken) => UserErrors.RunAsync(() => AddYearsAsync(parseResult.GetValue(file)!, cancellationToken)));
        return addYear;
    }

    private static async Task<int> AddYearsAsync(string file, CancellationToken cancellationToken)
    {
        IReadOnlyList<CalendarYear> years;
        try
        {
            years = CalendarData.LoadFile(file);
        }
        catch (CalendarDataException exception)
        {
            return Fail(exception.Message);
        }
        await using var services = CliServices.Build();
        await MigrationGuard.EnsureMigratedAsync(services, cancellationToken);
        foreach (var year in years)
        {
            await using var scope = services.CreateAsyncScope();
            var changed = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new AddCalendarYear(year.Year, year.OffDays, year.WorkDays, Path.GetFileName(file), Environment.UserName), cancellationToken);
            Console.WriteLine($"{year.Year}: {year.OffDays.Count} days off, {year.WorkDays.Count} make-up working days; {changed} open deadlines recomputed");
        }
        return 0;
    }

    private static Command CreateAddDayOff()
    {
        var date = new Option<string>("--date") { Description = "The local day off, YYYY-MM-DD" };
        var reason = new Option<string>("--reason") { Description = "Why the county is off that day" };
        var addDayOff = new Command("add-day-off", "Add a county-local day off to the configured database") { date, reason };
        addDayOff.SetAction((parseResult, cancellationToken) =>
            UserErrors.RunAsync(() => AddDayOffAsync(parseResult.GetValue(date), parseResult.GetValue(reason), cancellationToken)));
        return addDayOff;
    }

    private static async Task<int> AddDayOffAsync(string? dateText, string? reason, CancellationToken cancellationToken)
    {
        if (!TryParseDate(dateText, "--date", out var date))
        {
            return 1;
        }
        await using var services = CliServices.Build();
        await MigrationGuard.EnsureMigratedAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new AddLocalDayOff(date, reason ?? "", Environment.UserName), cancellationToken);
        Console.WriteLine($"{date:yyyy-MM-dd}: local day off; {changed} open deadlines recomputed");
        return 0;
    }

    private static Command CreateDue()
    {
        var start = new Option<string>("--start") { Description = "Start date, YYYY-MM-DD" };
        var workingDays = new Option<string>("--working-days") { Description = "Number of working days (0 or more)" };
        var due = new Command("due", "Print the N-th working day strictly after the start date") { start, workingDays };
        due.SetAction(parseResult => PrintDue(parseResult.GetValue(start), parseResult.GetValue(workingDays)));
        return due;
    }

    private static int PrintDue(string? startText, string? workingDaysText)
    {
        if (!TryParseDate(startText, "--start", out var start) || !TryParseCount(workingDaysText, out var workingDays))
        {
            return 1;
        }
        var directory = ShippedCalendarDirectory.Locate();
        if (directory is null)
        {
            return Fail("no calendar directory found (expected calendars/ beside the program or workflows/calendars/ above the current directory)");
        }
        try
        {
            var calendar = new ChineseWorkingDayCalendar(CalendarData.LoadDirectory(directory));
            Console.WriteLine(calendar.AddWorkingDays(start, workingDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return 0;
        }
        catch (CalendarDataException exception)
        {
            return Fail(exception.Message);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Fail($"{workingDays} working days after {start:yyyy-MM-dd} is outside the calendar's years "
                + $"{ChineseWorkingDayCalendar.FirstSupportedYear}-{ChineseWorkingDayCalendar.LastSupportedYear}");
        }
    }

    internal static bool TryParseDate(string? text, string option, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            Fail($"{option} YYYY-MM-DD is required");
            return false;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Fail($"{option} '{text}' is not a date YYYY-MM-DD");
            return false;
        }
        return true;
    }

    private static bool TryParseCount(string? text, out int workingDays)
    {
        workingDays = 0;
        if (text is null)
        {
            Fail("--working-days N is required");
            return false;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out workingDays) || workingDays < 0)
        {
            Fail($"--working-days '{text}' is not a whole number of 0 or more");
            return false;
        }
        return true;
    }

    internal static int Fail(string message)
    {
        Console.Error.WriteLine($"calendar: {message}");
        return 1;
    }
}
