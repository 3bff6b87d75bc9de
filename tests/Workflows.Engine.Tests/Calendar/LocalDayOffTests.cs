using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class LocalDayOffTests
{
    [Test]
    public void ShouldSkipALocalDayOff()
    {
        IBusinessCalendar calendar = ShippedCalendar.Create(new LocalDayOff(new DateOnly(2026, 3, 10), "县庆"));
        Assert.That(calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 1), Is.EqualTo(new DateOnly(2026, 3, 11)));
    }

    [Test]
    public void ShouldLetALocalDayOffOverrideAMakeUpWorkingDay()
    {
        IBusinessCalendar calendar = ShippedCalendar.Create(new LocalDayOff(new DateOnly(2026, 10, 10), "防汛停工"));
        Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)), Is.False);
    }

    [Test]
    public void ShouldApplyALocalDayOffInAProvisionalYear()
    {
        IBusinessCalendar calendar = ShippedCalendar.Create(new LocalDayOff(new DateOnly(2027, 3, 10), "县庆"));
        Assert.That(calendar.IsWorkingDay(new DateOnly(2027, 3, 10)), Is.False);
    }
}
