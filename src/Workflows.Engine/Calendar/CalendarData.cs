using System.Globalization;
using System.Text.Json;

namespace Workflows.Engine.Calendar;

/// <summary>
/// Reads holiday schedules in the shipped format (<c>workflows/calendars/*.json</c>):
/// <c>{ "2026": { "offDays": ["2026-01-01", …], "workDays": ["2026-01-04", …] }, … }</c>.
/// </summary>
public static class CalendarData
{
    /// <summary>Every schedule in every <c>*.json</c> file of <paramref name="directory"/>.</summary>
    public static IReadOnlyList<CalendarYear> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CalendarDataException($"calendar directory '{directory}' does not exist");
        }
        var years = new List<CalendarYear>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var year in LoadFile(file))
            {
                if (years.Any(known => known.Year == year.Year))
                {
                    throw new CalendarDataException($"{file}: year {year.Year} is defined twice");
                }
                years.Add(year);
            }
        }
        return years;
    }

    public static IReadOnlyList<CalendarYear> LoadFile(string file)
    {
        if (!File.Exists(file))
        {
            throw new CalendarDataException($"calendar file '{file}' does not exist");
        }
        return Parse(File.ReadAllText(file), file);
    }

    public static IReadOnlyList<CalendarYear> Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new CalendarDataException($"{source}: not valid JSON ({exception.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CalendarDataException($"{source}: expected an object keyed by year");
            }
            return document.RootElement.EnumerateObject().Select(entry => ParseYear(entry, source)).ToList();
        }
    }

    private static CalendarYear ParseYear(JsonProperty entry, string source)
    {
        if (!int.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < ChineseWorkingDayCalendar.FirstSupportedYear || year > ChineseWorkingDayCalendar.LastSupportedYear)
        {
            throw new CalendarDataException(
                $"{source}: '{entry.Name}' is not a year between {ChineseWorkingDayCalendar.FirstSupportedYear} and {ChineseWorkingDayCalendar.LastSupportedYear}");
        }
        if (entry.Value.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarDataException($"{source}: year {year} must be an object with offDays and workDays");
        }
        var offDays = ReadDates(entry.Value, "offDays", year, source);
        var workDays = ReadDates(entry.Value, "workDays", year, source);
        var calendarYear = new CalendarYear(year, offDays, workDays);
        CalendarYearValidator.Validate(calendarYear, source);
        return calendarYear;
    }

    private static List<DateOnly> ReadDates(JsonElement yearElement, string property, int year, string source)
    {
        if (!yearElement.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new CalendarDataException($"{source}: year {year} needs an array '{property}'");
        }
        var dates = new List<DateOnly>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(item.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new CalendarDataException($"{source}: year {year} {property}: '{item}' is not a date YYYY-MM-DD");
            }
            dates.Add(date);
        }
        return dates;
    }
}
