using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class AddWorkingDaysTests
{
    private static readonly IBusinessCalendar Calendar = ShippedCalendar.Create();

    [TestCase("2026-09-30", 1, "2026-10-08", TestName = "ShouldSkipTheNationalDayHoliday")]
    [TestCase("2026-03-06", 1, "2026-03-09", TestName = "ShouldGoFromAFridayToTheMonday")]
    [TestCase("2026-10-03", 1, "2026-10-08", TestName = "ShouldStartCountingAfterAHolidayStart")]
    [TestCase("2026-10-03", 3, "2026-10-10", TestName = "ShouldCountTheMakeUpSaturdayAfterNationalDay")]
    [TestCase("2022-12-30", 1, "2023-01-03", TestName = "ShouldCrossTheYearBoundaryOverTheNewYearHoliday")]
    [TestCase("2024-02-08", 1, "2024-02-09", TestName = "ShouldTreatNewYearsEve2024AsAWorkingDay")]
    [TestCase("2025-01-27", 1, "2025-02-05", TestName = "ShouldTreatNewYearsEve2025AsADayOff")]
    [TestCase("2026-02-13", 1, "2026-02-14", TestName = "ShouldCountTheMakeUpSaturdayBeforeSpringFestival")]
    [TestCase("2026-09-28", 5, "2026-10-10", TestName = "ShouldFileAContractSignedBeforeNationalDayByTheMakeUpSaturday")]
    [TestCase("2026-01-05", 30, "2026-02-14", TestName = "ShouldCountThirtyWorkingDaysForAnAcceptanceReport")]
    public void ShouldReturnTheNthWorkingDayStrictlyAfterTheStart(string start, int workingDays, string expected)
        => Assert.That(Calendar.AddWorkingDays(DateOnly.Parse(start), workingDays), Is.EqualTo(DateOnly.Parse(expected)));

    [Test]
    public void ShouldReturnAWorkingStartItselfForZeroDays()
        => Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 0), Is.EqualTo(new DateOnly(2026, 3, 9)));

    [Test]
    public void ShouldRollAHolidayStartForwardForZeroDays()
        => Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 10, 1), 0), Is.EqualTo(new DateOnly(2026, 10, 8)));

    [Test]
    public void ShouldRejectANegativeCount()
        => Assert.That(() => Calendar.AddWorkingDays(new DateOnly(2026, 3, 9), -1), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void ShouldRejectAYearBeyondTheSupportedRange()
        => Assert.That(() => Calendar.AddWorkingDays(new DateOnly(2099, 12, 31), 1), Throws.TypeOf<CalendarRangeException>());
}
