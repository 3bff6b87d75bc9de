using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Seeding;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Security;

/// <summary>
/// Art. 38: a system's security incidents are kept with their handling and report, and its emergency plan and drills are on file;
/// a running system without them is listed for the bureau.
/// </summary>
public sealed class SystemSecurityRecordTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldKeepAnIncidentWithItsHandlingAndReportOnTheSystem()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);
        var occurred = DateTimeOffset.UtcNow.AddDays(-2);

        await RecordIncidentAsync("dept-a", systemId, Incident(occurred)).EnsureSuccessAsync();

        var incident = (await SecurityAsync("bureau", systemId)).GetProperty("incidents").EnumerateArray().Single();
        Assert.That((incident.GetProperty("severity").GetString(), incident.GetProperty("handling").GetString(), incident.GetProperty("reportedTo").GetString(),
            incident.GetProperty("recordedBy").GetString()), Is.EqualTo(("Significant", "隔离受感染主机并恢复备份", "县委网信办", "dept-a")));
    }

    [Test]
    public async Task ShouldRefuseAnIncidentWithoutItsHandlingOrReportNamingArticleThirtyEight()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);
        var occurred = DateTimeOffset.UtcNow.AddDays(-1);

        var unhandled = await RecordIncidentAsync("dept-a", systemId, Incident(occurred, handling: ""));
        var unreported = await RecordIncidentAsync("dept-a", systemId, Incident(occurred, reportedTo: null));

        Assert.That(await ProblemKeysAsync(unhandled), Is.EqualTo(new[] { "art-38" }));
        Assert.That(await ProblemKeysAsync(unreported), Is.EqualTo(new[] { "art-38" }));
        Assert.That((await SecurityAsync("dept-a", systemId)).GetProperty("incidents").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseAReportBeforeTheIncidentKeyedByTheField()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);
        var occurred = DateTimeOffset.UtcNow.AddDays(-1);

        var response = await RecordIncidentAsync("dept-a", systemId, Incident(occurred, reportedAt: occurred.AddHours(-1)));

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "reportedAt" }));
    }

    [Test]
    public async Task ShouldListARunningSystemUntilItsEmergencyPlanAndADrillAreOnFile()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);
        Assert.That(await GapAsync(systemId), Is.EqualTo((false, (string?)null)));

        await FileAsync("dept-a", systemId, "Plan", "2025-03-01", "网络安全事件应急预案").EnsureSuccessAsync();
        Assert.That(await GapAsync(systemId), Is.EqualTo((true, (string?)null)), "a plan but no drill");

        var drill = await FileAsync("bureau", systemId, "Drill", "2025-09-15", "2025年应急演练").EnsureSuccessAsync();
        Assert.That(await GapAsync(systemId), Is.Null);

        var records = (await SecurityAsync("dept-a", systemId)).GetProperty("emergencyRecords").EnumerateArray()
            .Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("dated").GetString())).ToList();
        Assert.That(records, Is.EqualTo(new[] { ("Drill", "2025-09-15"), ("Plan", "2025-03-01") }));
        var file = await (await SignInAsync("dept-a")).GetAsync(drill.Headers.Location);
        Assert.That(await file.Content.ReadAsStringAsync(), Is.EqualTo("%PDF 2025年应急演练"));
    }

    [TestCase(CatalogueEntryStatus.Proposed)]
    [TestCase(CatalogueEntryStatus.Refused)]
    public async Task ShouldRefuseSecurityRecordsOfASystemNotConfirmedInTheCatalogueAsAConflictNamingArticleThirtyEight(CatalogueEntryStatus entry)
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA, entry: entry);

        var incident = await RecordIncidentAsync("dept-a", systemId, Incident(DateTimeOffset.UtcNow.AddDays(-1)));
        var plan = await FileAsync("bureau", systemId, "Plan", "2025-03-01", "网络安全事件应急预案");

        foreach (var response in new[] { incident, plan })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
            Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-38" }));
        }

        var security = await SecurityAsync("dept-a", systemId);
        Assert.That((security.GetProperty("incidents").GetArrayLength(), security.GetProperty("emergencyRecords").GetArrayLength()), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task ShouldKeepWhatHappenedBeforeARetirementButRefuseADrillAfterItNamingArticleThirtyEight()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA, SystemStatus.Retired, retiredOn: new DateOnly(2025, 6, 30));

        await RecordIncidentAsync("dept-a", systemId, Incident(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)))).EnsureSuccessAsync();
        await FileAsync("dept-a", systemId, "Drill", "2025-06-15", "2025年应急演练").EnsureSuccessAsync();
        var late = await FileAsync("dept-a", systemId, "Drill", "2025-07-15", "退役后的演练");

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await late.Content.ReadAsStringAsync());
        Assert.That(await late.ProblemKeysAsync(), Is.EqualTo(new[] { "art-38" }));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToRecordOrReadTheSystemsSecurity()
    {
        var systemId = await SystemSetup.ListAsync(App, DemoData.DepartmentA);

        Assert.That((await RecordIncidentAsync("dept-b", systemId, Incident(DateTimeOffset.UtcNow.AddDays(-1)))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await RecordIncidentAsync("finance", systemId, Incident(DateTimeOffset.UtcNow.AddDays(-1)))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await FileAsync("dept-b", systemId, "Plan", "2025-03-01", "预案")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await (await SignInAsync("dept-b")).GetAsync($"/api/catalogue/{systemId}/security")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static object Incident(DateTimeOffset occurredAt, string? handling = "隔离受感染主机并恢复备份", string? reportedTo = "县委网信办",
        DateTimeOffset? reportedAt = null) => new
    {
        occurredAt, description = "门户网站服务器感染勒索病毒", severity = "Significant", handling, reportedTo,
        reportedAt = reportedAt ?? occurredAt.AddHours(2),
    };

    private async Task<HttpResponseMessage> RecordIncidentAsync(string user, Guid systemId, object incident) =>
        await (await SignInAsync(user)).PostAsJsonAsync($"/api/catalogue/{systemId}/security-incidents", incident);

    private async Task<HttpResponseMessage> FileAsync(string user, Guid systemId, string kind, string dated, string title) =>
        await (await SignInAsync(user)).PostAsync($"/api/catalogue/{systemId}/emergency-records",
            MultipartBodies.File($"{title}.pdf", Encoding.UTF8.GetBytes($"%PDF {title}"), ("kind", kind), ("dated", dated), ("title", title)));

    private async Task<JsonElement> SecurityAsync(string user, Guid systemId) =>
        await (await SignInAsync(user)).GetFromJsonAsync<JsonElement>($"/api/catalogue/{systemId}/security");

    /// <summary>The system's row among the bureau's emergency warnings: whether it has a plan and its last drill; null when it has both.</summary>
    private async Task<(bool HasPlan, string? LastDrillOn)?> GapAsync(Guid systemId)
    {
        var gaps = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/security/emergency-gaps");
        var row = gaps.EnumerateArray().SingleOrDefault(g => g.GetProperty("systemId").GetGuid() == systemId);
        return row.ValueKind == JsonValueKind.Undefined ? null
            : (row.GetProperty("hasPlan").GetBoolean(), row.GetProperty("lastDrillOn").ValueKind == JsonValueKind.Null ? null : row.GetProperty("lastDrillOn").GetString());
    }
}
