using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Engine.Calendar;
using Workflows.Host.Seeding;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Security;

/// <summary>
/// Art. 36: the department that runs a system files its internal management rules and keeps its daily monitoring log; the
/// working days left unchecked show, a day checked again is corrected with the earlier entry kept.
/// </summary>
public sealed class SystemMonitoringTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldShowTheLastDayCheckedAndTheWorkingDaysLeftUnchecked()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA, confirmedAt: DateTimeOffset.UtcNow.AddDays(-20));
        var calendar = App.Services.GetRequiredService<IBusinessCalendar>();
        var lastWorkingDay = calendar.SubtractWorkingDays(Today, 1);
        var dayBefore = calendar.SubtractWorkingDays(Today, 2);

        await CheckAsync("dept-a", systemId, lastWorkingDay, "Normal", "巡检正常").EnsureSuccessAsync();

        var monitoring = await MonitoringAsync("bureau", systemId);
        var last = monitoring.GetProperty("lastCheck");
        Assert.That((last.GetProperty("checkedOn").GetString(), last.GetProperty("status").GetString(), last.GetProperty("recordedBy").GetString()),
            Is.EqualTo((Day(lastWorkingDay), "Normal", "dept-a")));
        Assert.That(last.GetProperty("recordedByName").GetString(), Is.EqualTo("教育科技局经办人"));
        var missing = monitoring.GetProperty("missingDays").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.That(missing, Does.Contain(Day(dayBefore)).And.Not.Contain(Day(lastWorkingDay)));
        Assert.That(missing.Select(d => calendar.IsWorkingDay(DateOnly.Parse(d!, System.Globalization.CultureInfo.InvariantCulture))), Is.All.True);
    }

    [Test]
    public async Task ShouldCorrectADayCheckedAgainAndKeepTheEarlierEntry()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);

        await CheckAsync("dept-a", systemId, Today, "Normal", "").EnsureSuccessAsync();
        var again = await CheckAsync("dept-a", systemId, Today, "Abnormal", "下午数据库连接超时，已重启恢复").EnsureSuccessAsync();

        Assert.That((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32(), Is.EqualTo(2));
        var monitoring = await MonitoringAsync("dept-a", systemId);
        var entries = monitoring.GetProperty("checks").EnumerateArray()
            .Select(c => (c.GetProperty("status").GetString(), c.GetProperty("current").GetBoolean())).ToList();
        Assert.That(entries, Is.EqualTo(new[] { ("Abnormal", true), ("Normal", false) }));
        Assert.That(monitoring.GetProperty("lastCheck").GetProperty("status").GetString(), Is.EqualTo("Abnormal"));
    }

    [Test]
    public async Task ShouldRefuseACorrectionThatRacedAnotherForTheSameRevisionAsAConflict()
    {
        if (Database.Provider != "PostgreSql")
            Assert.Ignore("SQLite has one writer: a correction counts the day's entries and saves under the write gate, so none can race it.");
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);
        await CheckAsync("dept-a", systemId, Today, "Normal", "").EnsureSuccessAsync();

        // Another clerk's correction of the day is saved but not yet committed when this one counts the day's entries.
        await using var other = new NpgsqlConnection(Database.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO monitoring_checks (id, system_id, checked_on, revision, status, notes, recorded_by, recorded_at) " +
            "VALUES (@id, @system, @day, 2, 'Abnormal', '机房断电', 'dept-a-2', now())", other, transaction))
        {
            insert.Parameters.AddWithValue("id", Guid.NewGuid());
            insert.Parameters.AddWithValue("system", systemId);
            insert.Parameters.AddWithValue("day", Today);
            await insert.ExecuteNonQueryAsync();
        }
        var racing = CheckAsync("dept-a", systemId, Today, "Abnormal", "数据库连接超时");
        await WaitForALockWaitAsync();
        await transaction.CommitAsync();
        var response = await racing;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "revision" }));
        var entries = (await MonitoringAsync("dept-a", systemId)).GetProperty("checks").EnumerateArray()
            .Select(c => (c.GetProperty("notes").GetString(), c.GetProperty("current").GetBoolean())).ToList();
        Assert.That(entries, Is.EqualTo(new[] { ("机房断电", true), ("", false) }));
    }

    /// <summary>Waits until a statement of the database waits for a lock: the racing correction's insert behind the open one.</summary>
    private async Task WaitForALockWaitAsync()
    {
        await using var watcher = new NpgsqlConnection(Database.ConnectionString);
        await watcher.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((long)(await query.ExecuteScalarAsync())! == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the racing correction never reached its insert");
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task ShouldRefuseAnAbnormalDayWithoutNotesAndADayInTheFutureKeyedByTheField()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);

        var unexplained = await CheckAsync("dept-a", systemId, Today, "Abnormal", " ");
        var future = await CheckAsync("dept-a", systemId, Today.AddDays(1), "Normal", "");

        Assert.That((unexplained.StatusCode, await unexplained.ProblemKeysAsync()), Is.EqualTo((HttpStatusCode.BadRequest, new[] { "notes" })));
        Assert.That((future.StatusCode, await future.ProblemKeysAsync()), Is.EqualTo((HttpStatusCode.BadRequest, new[] { "checkedOn" })));
        Assert.That((await MonitoringAsync("dept-a", systemId)).GetProperty("checks").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task ShouldFileTheSystemsInternalManagementRuleWithItsDocument()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);

        var filed = await FileRuleAsync("dept-a", systemId, "信息系统运行维护管理制度", "V2.0", "2026-01-01").EnsureSuccessAsync();

        var rule = (await MonitoringAsync("bureau", systemId)).GetProperty("rules").EnumerateArray().Single();
        Assert.That((rule.GetProperty("title").GetString(), rule.GetProperty("version").GetString(), rule.GetProperty("effectiveOn").GetString(),
            rule.GetProperty("filedBy").GetString()), Is.EqualTo(("信息系统运行维护管理制度", "V2.0", "2026-01-01", "dept-a")));
        Assert.That(rule.GetProperty("filedByName").GetString(), Is.EqualTo("教育科技局经办人"));
        var file = await (await SignInAsync("bureau")).GetAsync(filed.Headers.Location);
        Assert.That(await file.Content.ReadAsStringAsync(), Is.EqualTo("%PDF 信息系统运行维护管理制度"));
    }

    [Test]
    public async Task ShouldLetOnlyTheSystemsDepartmentFileAndTheCountyWideRolesRead()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);

        foreach (var user in new[] { "bureau", "dept-b", "finance" })
        {
            Assert.That((await CheckAsync(user, systemId, Today, "Normal", "")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
            Assert.That((await FileRuleAsync(user, systemId, "管理制度", "V1", "2026-01-01")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), user);
        }

        Assert.That((await (await SignInAsync("dept-b")).GetAsync($"/api/catalogue/{systemId}/monitoring")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        foreach (var user in new[] { "bureau", "finance", "dept-a" })
            Assert.That((await (await SignInAsync(user)).GetAsync($"/api/catalogue/{systemId}/monitoring")).StatusCode, Is.EqualTo(HttpStatusCode.OK), user);
        Assert.That((await MonitoringAsync("bureau", systemId)).GetProperty("checks").GetArrayLength(), Is.Zero);
    }

    [TestCase(SystemStatus.Building, CatalogueEntryStatus.Confirmed)]
    [TestCase(SystemStatus.Retired, CatalogueEntryStatus.Confirmed)]
    [TestCase(SystemStatus.Running, CatalogueEntryStatus.Proposed)]
    public async Task ShouldRefuseRulesAndMonitoringOfASystemNotInServiceAsAConflictNamingArticleThirtySix(SystemStatus status, CatalogueEntryStatus entry)
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA, status, entry, retiredOn: status == SystemStatus.Retired ? Today.AddDays(-10) : null);

        var check = await CheckAsync("dept-a", systemId, Today, "Normal", "");
        var rule = await FileRuleAsync("dept-a", systemId, "管理制度", "V1", "2026-01-01");

        foreach (var response in new[] { check, rule })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-36" }));
        }

        var monitoring = await MonitoringAsync("dept-a", systemId);
        Assert.That((monitoring.GetProperty("inService").GetBoolean(), monitoring.GetProperty("checks").GetArrayLength(),
            monitoring.GetProperty("rules").GetArrayLength()), Is.EqualTo((false, 0, 0)));
    }

    /// <summary>Today in the county (UTC+8), the latest day a check may be recorded for.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> CheckAsync(string user, Guid systemId, DateOnly checkedOn, string status, string notes) =>
        await (await SignInAsync(user)).PostAsJsonAsync($"/api/catalogue/{systemId}/monitoring-checks", new { checkedOn = Day(checkedOn), status, notes });

    private async Task<HttpResponseMessage> FileRuleAsync(string user, Guid systemId, string title, string version, string effectiveOn) =>
        await (await SignInAsync(user)).PostAsync($"/api/catalogue/{systemId}/management-rules",
            MultipartBodies.File($"{title}.pdf", Encoding.UTF8.GetBytes($"%PDF {title}"), ("title", title), ("version", version), ("effectiveOn", effectiveOn)));

    private async Task<JsonElement> MonitoringAsync(string user, Guid systemId) =>
        await (await SignInAsync(user)).GetFromJsonAsync<JsonElement>($"/api/catalogue/{systemId}/monitoring");
}
