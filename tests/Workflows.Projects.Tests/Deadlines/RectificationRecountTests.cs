using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Calendar.AddCalendarYear;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Deadlines;

/// <summary>
/// Art. 28: an order issued on Thursday 2026-12-24 to rectify within 10 working days is due at the end of
/// 2027-01-07 while 2027 has no schedule, and at the end of 2027-01-08 once New Year's Day is declared off.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class RectificationRecountTests(string provider) : DeadlineSteps(provider)
{
    private Guid _projectId;

    [SetUp]
    public async Task OrderRectificationOnChristmasEveAsync()
    {
        Host.Services.GetRequiredService<LiveBusinessCalendar>().Invalidate();
        SetClock(BeijingTime(2026, 12, 24));
        _projectId = await RegisterProjectAsync();
        await StartProcessAsync("rectification-order", _projectId);
        await CompleteAsync("issueOrder", ProjectRoles.Bureau, ("rectificationReason", "UnapprovedChange"), ("rectificationDescription", "擅自增加建设内容"),
            ("limitWorkingDays", 10), ("secondLimitWorkingDays", 5));
        await Host.SendAsync(new AddCalendarYear(2027, [new DateOnly(2027, 1, 1)], [], null, "bureau"));
    }

    [Test]
    public async Task ShouldMoveTheOrderLimitWithTheCalendar()
    {
        var order = await Host.ReadAsync(db => db.Set<RectificationOrder>().AsNoTracking().SingleAsync(o => o.ProjectId == _projectId));
        Assert.That(order.DueAt, Is.EqualTo(BeijingTime(2027, 1, 8, 23, 59, 59)));
    }

    [Test]
    public async Task ShouldRecordTheMovedLimitInTheProjectHistory()
    {
        var project = await ProjectAsync(_projectId);
        Assert.That(project.History.Single(entry => entry.Action == "rectification-due-moved").Actor, Is.EqualTo("bureau"));
    }

    [Test]
    public async Task ShouldMoveTheRectificationTaskDue()
    {
        Assert.That((await TaskAsync("rectify")).DueAt, Is.EqualTo(BeijingTime(2027, 1, 8, 23, 59, 59)));
    }
}
