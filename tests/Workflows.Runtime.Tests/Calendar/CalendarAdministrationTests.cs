using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Calendar;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Calendar.AddLocalDayOff;
using Workflows.Runtime.Calendar.GetCalendarYear;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Calendar;

/// <summary>Admins add a year's State Council schedule and local days off; deadlines use them at once.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class CalendarAdministrationTests(string provider) : ProviderFixture(provider)
{
    private static readonly DateOnly[] SpringFestival2027 = [new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10), new(2027, 2, 11), new(2027, 2, 12)];
    private static readonly DateOnly[] MakeUpDays2027 = [new(2027, 2, 14), new(2027, 2, 20)];

    private IBusinessCalendar Calendar => Host.Services.GetRequiredService<IBusinessCalendar>();

    /// <summary>The host outlives each test's emptied database; its cached calendar must not.</summary>
    [SetUp]
    public void ForgetTheCachedCalendar() => Host.Services.GetRequiredService<LiveBusinessCalendar>().Invalidate();

    [Test]
    public async Task ShouldReportAYearWithoutAScheduleAsProvisional()
    {
        var year = await Host.QueryAsync(new GetCalendarYear(2027));
        Assert.That((year.Provisional, year.Source), Is.EqualTo((true, (string?)null)));
    }

    [Test]
    public async Task ShouldReportAShippedYearWithItsSource()
    {
        var year = await Host.QueryAsync(new GetCalendarYear(2026));
        Assert.That((year.Provisional, year.Source), Is.EqualTo((false, "shipped")));
    }

    [Test]
    public async Task ShouldServeAnAddedYearFromTheDatabase()
    {
        await Host.SendAsync(new AddCalendarYear(2027, SpringFestival2027, MakeUpDays2027, "国办发明电〔2026〕", "bureau"));
        var year = await Host.QueryAsync(new GetCalendarYear(2027));
        Assert.That((year.Provisional, year.Source, year.OffDays.Count), Is.EqualTo((false, "database", 7)));
    }

    [Test]
    public async Task ShouldCountAnAddedYearInDeadlinesAtOnce()
    {
        await Host.SendAsync(new AddCalendarYear(2027, SpringFestival2027, MakeUpDays2027, null, "bureau"));
        // Friday 5 February 2027 + 1 working day: the festival week is off, Sunday 14 February is a make-up day.
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2027, 2, 5), 1), Is.EqualTo(new DateOnly(2027, 2, 14)));
    }

    [Test]
    public async Task ShouldNoLongerCallAnAddedYearProvisional()
    {
        await Host.SendAsync(new AddCalendarYear(2027, SpringFestival2027, MakeUpDays2027, null, "bureau"));
        Assert.That(Calendar.IsProvisional(new DateOnly(2027, 3, 1)), Is.False);
    }

    [Test]
    public void ShouldRejectAMakeUpDayOnAWeekday()
    {
        var wednesday = new DateOnly(2027, 2, 17);
        var error = Assert.ThrowsAsync<InvalidRequestException>(() => Host.SendAsync(new AddCalendarYear(2027, SpringFestival2027, [wednesday], null, "bureau")));
        Assert.That(error!.Message, Does.Contain("2027-02-17").And.Contain("not a Saturday or Sunday"));
    }

    [Test]
    public void ShouldRejectADateOfAnotherYear()
    {
        var error = Assert.ThrowsAsync<InvalidRequestException>(() => Host.SendAsync(new AddCalendarYear(2027, [new DateOnly(2029, 1, 1)], [], null, "bureau")));
        Assert.That(error!.Message, Does.Contain("2029-01-01"));
    }

    [Test]
    public void ShouldRejectADayBothOffAndWorking()
    {
        var sunday = new DateOnly(2027, 2, 7);
        var error = Assert.ThrowsAsync<InvalidRequestException>(() => Host.SendAsync(new AddCalendarYear(2027, SpringFestival2027, [sunday], null, "bureau")));
        Assert.That(error!.Message, Does.Contain("both"));
    }

    [Test]
    public async Task ShouldSkipALocalDayOffInDeadlines()
    {
        await Host.SendAsync(new AddLocalDayOff(new DateOnly(2026, 3, 10), "县庆", "bureau"));
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 1), Is.EqualTo(new DateOnly(2026, 3, 11)));
    }

    [Test]
    public async Task ShouldListALocalDayOffInItsYear()
    {
        await Host.SendAsync(new AddLocalDayOff(new DateOnly(2026, 3, 10), "县庆", "bureau"));
        var year = await Host.QueryAsync(new GetCalendarYear(2026));
        Assert.That(year.LocalDaysOff, Is.EqualTo(new[] { new LocalDayOffView(new DateOnly(2026, 3, 10), "县庆") }));
    }

    [Test]
    public async Task ShouldRefuseTheSameLocalDayOffTwice()
    {
        await Host.SendAsync(new AddLocalDayOff(new DateOnly(2026, 3, 10), "县庆", "bureau"));
        Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new AddLocalDayOff(new DateOnly(2026, 3, 10), "县庆", "bureau")));
    }

    [Test]
    public void ShouldRequireAReasonForALocalDayOff()
    {
        Assert.ThrowsAsync<InvalidRequestException>(() => Host.SendAsync(new AddLocalDayOff(new DateOnly(2026, 3, 10), " ", "bureau")));
    }
}
