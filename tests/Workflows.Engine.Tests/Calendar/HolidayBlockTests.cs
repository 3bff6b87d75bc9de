using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class HolidayBlockTests
{
    private static readonly IBusinessCalendar Calendar = ShippedCalendar.Create();

    private static IEnumerable<HolidayBlock> Blocks() => StateCouncilNotices.Blocks();

    [TestCaseSource(nameof(Blocks))]
    public void ShouldTreatTheDayBeforeTheBlockAsAWorkingDay(HolidayBlock block)
        => Assert.That(Calendar.IsWorkingDay(block.First.AddDays(-1)), Is.True);

    [TestCaseSource(nameof(Blocks))]
    public void ShouldTreatEveryDayOfTheBlockAsADayOff(HolidayBlock block)
    {
        var workingDaysInBlock = Enumerable.Range(0, block.Last.DayNumber - block.First.DayNumber + 1)
            .Select(block.First.AddDays)
            .Where(Calendar.IsWorkingDay);
        Assert.That(workingDaysInBlock, Is.Empty);
    }

    [TestCaseSource(nameof(Blocks))]
    public void ShouldTreatTheMakeUpWeekendDaysAsWorkingDays(HolidayBlock block)
        => Assert.That(block.MakeUpWorkDays.Where(day => !Calendar.IsWorkingDay(day)), Is.Empty);

    [TestCaseSource(nameof(Blocks))]
    public void ShouldPlaceTheNextWorkingDayAfterTheBlock(HolidayBlock block)
        => Assert.That(Calendar.AddWorkingDays(block.First.AddDays(-1), 1), Is.GreaterThan(block.Last));
}
