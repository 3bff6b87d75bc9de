using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class CountAndSubtractWorkingDaysTests
{
    private static readonly IBusinessCalendar Calendar = ShippedCalendar.Create();

    [Test]
    public void ShouldCountBackWhatAddWorkingDaysAdded()
    {
        var start = new DateOnly(2026, 9, 18);
        Assert.That(Calendar.CountWorkingDays(start, Calendar.AddWorkingDays(start, 17)), Is.EqualTo(17));
    }

    [Test]
    public void ShouldCountNoWorkingDaysAcrossTheNationalDayHoliday()
        => Assert.That(Calendar.CountWorkingDays(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 7)), Is.Zero);

    [Test]
    public void ShouldCountOverdueWorkingDaysAsNegative()
        => Assert.That(Calendar.CountWorkingDays(new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 10)), Is.EqualTo(-3));

    [Test]
    public void ShouldFindTheWorkingDayBeforeAHoliday()
        => Assert.That(Calendar.SubtractWorkingDays(new DateOnly(2026, 10, 8), 1), Is.EqualTo(new DateOnly(2026, 9, 30)));

    [Test]
    public void ShouldCountTheMakeUpSundayWhenGoingBack()
        => Assert.That(Calendar.SubtractWorkingDays(new DateOnly(2026, 9, 21), 1), Is.EqualTo(new DateOnly(2026, 9, 20)));

    [Test]
    public void ShouldRollAHolidayBackForZeroDays()
        => Assert.That(Calendar.SubtractWorkingDays(new DateOnly(2026, 10, 5), 0), Is.EqualTo(new DateOnly(2026, 9, 30)));
}
