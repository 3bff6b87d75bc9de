using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class ProvisionalYearTests
{
    private static readonly IBusinessCalendar Calendar = ShippedCalendar.Create();

    [Test]
    public void ShouldMarkAYearWithoutANoticeAsProvisional()
        => Assert.That(Calendar.IsProvisional(new DateOnly(2027, 3, 1)), Is.True);

    [Test]
    public void ShouldNotMarkAYearWithANoticeAsProvisional()
        => Assert.That(Calendar.IsProvisional(new DateOnly(2026, 3, 1)), Is.False);

    [Test]
    public void ShouldTreatNewYearsDayOfAProvisionalYearAsAWorkingWeekday()
        => Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1), Is.EqualTo(new DateOnly(2027, 1, 1)));

    [Test]
    public void ShouldSkipWeekendsInAProvisionalYear()
        => Assert.That(Calendar.AddWorkingDays(new DateOnly(2027, 1, 1), 1), Is.EqualTo(new DateOnly(2027, 1, 4)));

    [Test]
    public void ShouldUseTheNoticeOnceItIsLoaded()
    {
        var notice2027 = new CalendarYear(2027, [new DateOnly(2027, 1, 1)], []);
        var calendar = new ChineseWorkingDayCalendar(ShippedCalendar.Years.Append(notice2027));
        Assert.That(calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1), Is.EqualTo(new DateOnly(2027, 1, 4)));
    }
}
