using Microsoft.Extensions.Configuration;

namespace Workflows.Runtime.Clock;

/// <summary>
/// The system clock seen from the county's time zone (<c>Calendar:TimeZone</c>, default Asia/Shanghai):
/// working days and "end of the 5th working day" deadlines are local dates, whatever zone the server runs in.
/// </summary>
public sealed class ZonedTimeProvider(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    public const string DefaultZone = "Asia/Shanghai";

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    public static ZonedTimeProvider FromConfiguration(IConfiguration configuration) =>
        new(System, TimeZoneInfo.FindSystemTimeZoneById(configuration["Calendar:TimeZone"] ?? DefaultZone));
}
