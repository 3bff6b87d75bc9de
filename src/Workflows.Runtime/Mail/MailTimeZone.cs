using Microsoft.Extensions.Configuration;

namespace Workflows.Runtime.Mail;

/// <summary>The county's local time (<c>Calendar:TimeZone</c>, default Asia/Shanghai) for dates in mails and the digest schedule.</summary>
public sealed record MailTimeZone(TimeZoneInfo Zone)
{
    public const string ConfigurationKey = "Calendar:TimeZone";
    public const string Default = "Asia/Shanghai";

    public static MailTimeZone FromConfiguration(IConfiguration configuration)
    {
        var id = configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : Default;
        try
        {
            return new MailTimeZone(TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"{ConfigurationKey} names an unknown time zone: '{id}'.");
        }
    }

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>Local midnight at the start of <paramref name="day"/>, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // In UTC: PostgreSQL stores and compares timestamptz only as UTC (Npgsql refuses another offset).
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
