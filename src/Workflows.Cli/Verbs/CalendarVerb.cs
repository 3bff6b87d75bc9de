using System.CommandLine;
using System.Globalization;
using Workflows.Engine.Calendar;
using Workflows.Runtime.Calendar;

namespace Workflows.Cli.Verbs;

/// <summary><c>workflows calendar due|add-year|add-day-off</c>: working-day arithmetic and the admin's calendar edits.</summary>
internal static class CalendarVerb
{
    public static Command Create()
    {
        var command = new Command("calendar", "Working days of mainland China (statutory holidays, make-up days, local days off)");
        command.Subcommands.Add(CreateDue());
        return command;
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
