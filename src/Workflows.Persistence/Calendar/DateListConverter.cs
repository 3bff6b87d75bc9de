using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflows.Persistence.Calendar;

/// <summary>Stores a list of dates as <c>2026-10-01,2026-10-02</c>.</summary>
internal sealed class DateListConverter() : ValueConverter<List<DateOnly>, string>(
    dates => string.Join(',', dates.Select(date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(date => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList())
{
    public static readonly DateListConverter Instance = new();

    public static readonly ValueComparer<List<DateOnly>> Comparer = new(
        (left, right) => left!.SequenceEqual(right!),
        dates => dates.Aggregate(0, (hash, date) => HashCode.Combine(hash, date)),
        dates => dates.ToList());
}
