using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Seeding;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Security.Commands.RemindMonitoringGaps;
using Workflows.Projects.Security.Monitoring;

namespace Workflows.Host.Tests.Security;

/// <summary>
/// Art. 36 (日常监测): a system in service whose daily monitoring misses working days is reminded to the clerks of the department
/// running it, once a working day, and listed for the bureau, on a fake clock (Monday 2026-06-01 to Saturday 2026-06-06).
/// </summary>
public sealed class MonitoringReminderTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldMailTheRunningDepartmentsClerksOnceAWorkingDayWhileADayIsUnchecked()
    {
        var systemId = await ListSystemConfirmedOnMondayAsync();
        SetClock(BeijingTime(2026, 6, 4));
        await CheckAsync(systemId, "2026-06-01");
        await CheckAsync(systemId, "2026-06-02");

        await RunReminderAsync();
        var thursday = await RecipientsAsync(systemId, new DateOnly(2026, 6, 4));
        await RunReminderAsync();

        Assert.That(thursday, Is.EquivalentTo(new[] { "dept-a", "lead-a" }), "the running department's clerks, no other department's or township's");
        Assert.That(await RecipientsAsync(systemId, new DateOnly(2026, 6, 4)), Is.EqualTo(thursday), "once a day, however often the job runs");
        SetClock(BeijingTime(2026, 6, 5));
        await RunReminderAsync();
        Assert.That(await RecipientsAsync(systemId, new DateOnly(2026, 6, 5)), Is.EquivalentTo(new[] { "dept-a", "lead-a" }), "again the next working day");
        SetClock(BeijingTime(2026, 6, 6));
        await RunReminderAsync();
        Assert.That(await RecipientsAsync(systemId, new DateOnly(2026, 6, 6)), Is.Empty, "not on a day off");
    }

    [Test]
    public async Task ShouldRemindNobodyOnceEveryWorkingDayIsChecked()
    {
        var systemId = await ListSystemConfirmedOnMondayAsync();
        SetClock(BeijingTime(2026, 6, 4));
        foreach (var day in new[] { "2026-06-01", "2026-06-02", "2026-06-03" })
            await CheckAsync(systemId, day);

        await RunReminderAsync();

        Assert.That(await RecipientsAsync(systemId, new DateOnly(2026, 6, 4)), Is.Empty, "today may still be checked");
        Assert.That(await GapsOfAsync("bureau", systemId), Is.Empty);
    }

    [Test]
    public async Task ShouldListTheSystemsWithUncheckedDaysForTheBureauAndAClerkItsOwn()
    {
        var systemId = await ListSystemConfirmedOnMondayAsync();
        SetClock(BeijingTime(2026, 6, 8));
        await CheckAsync(systemId, "2026-06-02");

        var gap = (await GapsOfAsync("bureau", systemId)).Single();

        Assert.That((gap.GetProperty("uncheckedDays").GetInt32(), gap.GetProperty("earliestUnchecked").GetString(),
                gap.GetProperty("latestUnchecked").GetString(), gap.GetProperty("lastCheckedOn").GetString(), gap.GetProperty("departmentCode").GetString()),
            Is.EqualTo((4, "2026-06-01", "2026-06-05", "2026-06-02", DemoData.DepartmentA)), "Monday, Wednesday to Friday; the weekend is not missing");
        Assert.That(await GapsOfAsync("finance", systemId), Has.Length.EqualTo(1));
        Assert.That(await GapsOfAsync("dept-a", systemId), Has.Length.EqualTo(1));
        Assert.That(await GapsOfAsync("dept-b", systemId), Is.Empty, "another department sees none of it");
    }

    [Test]
    public void ShouldScheduleTheMonitoringReminderDailyInCountyTime()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == MonitoringReminderJob.RecurringJobId);

        Assert.That(job, Is.Not.Null);
        Assert.That((job!.Cron, job.TimeZoneId), Is.EqualTo((MonitoringReminderJob.Schedule, "Asia/Shanghai")));
    }

    private async Task<Guid> ListSystemConfirmedOnMondayAsync()
    {
        SetClock(BeijingTime(2026, 6, 1));
        return await SystemSetup.ListAsync(App, DemoData.DepartmentA, confirmedAt: BeijingTime(2026, 6, 1, 8).ToUniversalTime());
    }

    private async Task CheckAsync(Guid systemId, string day) =>
        await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/catalogue/{systemId}/monitoring-checks", new { checkedOn = day, status = "Normal", notes = "" })
            .EnsureSuccessAsync();

    private async Task RunReminderAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MonitoringReminderJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>Who the system's reminder of the day was queued for, one entry per mail.</summary>
    private async Task<List<string>> RecipientsAsync(Guid systemId, DateOnly day)
    {
        var prefix = $"escalation:{RemindMonitoringGaps.ReminderId(systemId, day)}:";
        return [.. (await OutboxKeysAsync()).Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Select(key => key[prefix.Length..]).Order()];
    }

    private async Task<JsonElement[]> GapsOfAsync(string userName, Guid systemId) =>
        [.. (await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>("/api/security/monitoring-gaps"))
            .EnumerateArray().Where(row => row.GetProperty("systemId").GetGuid() == systemId)];
}
