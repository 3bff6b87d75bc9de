using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>
/// Art. 35: the bureau marks non-classified county systems for migration to the municipal government cloud with a target date and
/// records the migration; the systems not migrated are listed, overdue ones flagged.
/// </summary>
public sealed class CloudMigrationTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldListASystemAsUnmigratedAndOverdueUntilTheBureauRecordsItsMigration()
    {
        var bureau = await SignInAsync("bureau");
        var systemId = await CatalogueClient.ListAsync(bureau, Department, "教育资源平台");
        var yesterday = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/migration-plan", new { dueOn = yesterday }).EnsureSuccessAsync();
        var overdue = (await UnmigratedAsync("bureau")).Single(s => s.GetProperty("systemId").GetGuid() == systemId);
        await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/migration", new { migratedOn = Today }).EnsureSuccessAsync();

        Assert.That((overdue.GetProperty("migrationDueOn").GetString(), overdue.GetProperty("overdue").GetBoolean()), Is.EqualTo((yesterday, true)));
        Assert.That((await UnmigratedAsync("bureau")).Select(s => s.GetProperty("systemId").GetGuid()), Does.Not.Contain(systemId));
        Assert.That((await CatalogueClient.EntryAsync(bureau, systemId)).GetProperty("migratedOn").GetString(), Is.EqualTo(Today));
    }

    [Test]
    public async Task ShouldNotListOrMarkAClassifiedSystemForMigration()
    {
        var bureau = await SignInAsync("bureau");
        var systemId = await CatalogueClient.ListAsync(bureau, Department, "涉密办公系统", classified: true);

        var marked = await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/migration-plan", new { dueOn = Today });

        Assert.That(marked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await marked.ProblemKeysAsync(), Is.EqualTo(new[] { "art-35" }));
        Assert.That((await UnmigratedAsync("bureau")).Select(s => s.GetProperty("systemId").GetGuid()), Does.Not.Contain(systemId));
    }

    [Test]
    public async Task ShouldRefuseAMigrationTheBureauNeverPlanned()
    {
        var bureau = await SignInAsync("bureau");
        var systemId = await CatalogueClient.ListAsync(bureau, Department, "图书管理系统");

        var response = await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/migration", new { migratedOn = Today });

        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-35" }));
    }

    [Test]
    public async Task ShouldLetOnlyTheBureauPlanMigrationsAndShowADepartmentItsOwnSystems()
    {
        var systemId = await CatalogueClient.ListAsync(await SignInAsync("bureau"), "health", "卫生监督系统");

        var planned = await (await SignInAsync("dept-b")).PostAsJsonAsync($"/api/catalogue/{systemId}/migration-plan", new { dueOn = Today });

        Assert.That(planned.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await UnmigratedAsync("dept-a")).Select(s => s.GetProperty("departmentCode").GetString()), Is.All.EqualTo(Department));
        Assert.That((await UnmigratedAsync("dept-b")).Select(s => s.GetProperty("systemId").GetGuid()), Does.Contain(systemId));
    }

    private async Task<JsonElement[]> UnmigratedAsync(string userName) =>
        [.. (await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>("/api/catalogue/unmigrated")).EnumerateArray()];
}
