using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class ShippedDataTests
{
    private static readonly IBusinessCalendar Calendar = ShippedCalendar.Create();

    private static IEnumerable<TestCaseData> OffDays() =>
        ShippedCalendar.Years.SelectMany(year => year.OffDays).Select(day => new TestCaseData(day).SetArgDisplayNames(day.ToString("yyyy-MM-dd")));

    private static IEnumerable<TestCaseData> WorkDays() =>
        ShippedCalendar.Years.SelectMany(year => year.WorkDays).Select(day => new TestCaseData(day).SetArgDisplayNames(day.ToString("yyyy-MM-dd")));

    [TestCaseSource(nameof(OffDays))]
    public void ShouldTreatEveryListedDayOffAsOff(DateOnly day) => Assert.That(Calendar.IsWorkingDay(day), Is.False);

    [TestCaseSource(nameof(WorkDays))]
    public void ShouldTreatEveryListedMakeUpDayAsWorking(DateOnly day) => Assert.That(Calendar.IsWorkingDay(day), Is.True);

    // The revised 全国年节及纪念日放假办法 adds 除夕 and 5月2日 from 2025: 11 statutory weekday days off before, 13 after.
    [TestCase(2022, 11)]
    [TestCase(2023, 11)]
    [TestCase(2024, 11)]
    [TestCase(2025, 13)]
    [TestCase(2026, 13)]
    public void ShouldGiveTheStatutoryNumberOfNetDaysOff(int year, int expected)
    {
        var schedule = ShippedCalendar.Years.Single(candidate => candidate.Year == year);
        var weekdaysOff = schedule.OffDays.Count(day => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.That(weekdaysOff - schedule.WorkDays.Count, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldShipTheSchedulesOf2022To2026()
        => Assert.That(ShippedCalendar.Years.Select(year => year.Year), Is.EquivalentTo(new[] { 2022, 2023, 2024, 2025, 2026 }));
}
