using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class WorkingDayDeadlineTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Test]
    public void ShouldEndAtTheEndOfTheLastWorkingDayInShanghai()
    {
        var signed = new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.That(WorkingDayDeadline.After(ShippedCalendar.Create(), signed, 1, Shanghai),
            Is.EqualTo(new DateTimeOffset(2026, 10, 8, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Test]
    public void ShouldCountFromTheShanghaiDateOfAUtcInstant()
    {
        // 2026-09-30 20:00 UTC is already 1 October in Shanghai, a holiday: the count starts from there.
        var started = new DateTimeOffset(2026, 9, 30, 20, 0, 0, TimeSpan.Zero);
        Assert.That(WorkingDayDeadline.After(ShippedCalendar.Create(), started, 1, Shanghai),
            Is.EqualTo(new DateTimeOffset(2026, 10, 8, 23, 59, 59, TimeSpan.FromHours(8))));
    }
}
