using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Funding;

namespace Workflows.Host.Tests.Api;

public sealed class DashboardEndpointTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldShowTheBureauTheProjectsWhoseFundingIsHeld()
    {
        var project = await ProjectSetup.RegisterAsync(App, "health");
        await ProjectSetup.HoldFundingAsync(App, project.Id, "验收报告未备案");

        var dashboard = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/dashboard");

        var hold = dashboard.GetProperty("fundingHolds").EnumerateArray().Single(h => h.GetProperty("projectId").GetGuid() == project.Id);
        Assert.That(hold.GetProperty("reason").GetString(), Is.EqualTo("验收报告未备案"));
        Assert.That(dashboard.GetProperty("byStage").EnumerateArray().Any(s => s.GetProperty("stage").GetString() == "Registered"), Is.True);
    }

    [Test]
    public async Task ShouldListTheOverdueFilingsAndTheDeadlinesDueSoon()
    {
        var late = await ProjectSetup.RegisterAsync(App, "health");
        var soon = await ProjectSetup.RegisterAsync(App, "health");
        var lateReview = await ProjectSetup.RegisterAsync(App, "health");
        await ProjectTasks.AddOpenAsync(App, late.Id, "fileContract", DateTimeOffset.UtcNow.AddDays(-1));
        await ProjectTasks.AddOpenAsync(App, soon.Id, "fileAcceptanceReport", DateTimeOffset.UtcNow.AddHours(2));
        await ProjectTasks.AddOpenAsync(App, lateReview.Id, "review", DateTimeOffset.UtcNow.AddDays(-1));

        var dashboard = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/dashboard");

        var overdue = dashboard.GetProperty("overdueFilings").EnumerateArray().ToList();
        var upcoming = dashboard.GetProperty("upcomingDeadlines").EnumerateArray().ToList();
        Assert.That(overdue.Single(f => f.GetProperty("projectId").GetGuid() == late.Id).GetProperty("kind").GetString(), Is.EqualTo("Contract"));
        Assert.That(overdue.Select(f => f.GetProperty("projectId").GetGuid()), Does.Not.Contain(lateReview.Id).And.Not.Contain(soon.Id));
        Assert.That(upcoming.Select(d => d.GetProperty("projectId").GetGuid()), Does.Contain(soon.Id).And.Not.Contain(late.Id));
    }

    [Test]
    public async Task ShouldCountEachDepartmentsProjects()
    {
        await ProjectSetup.RegisterAsync(App, "tianning");

        var dashboard = await (await SignInAsync("finance")).GetFromJsonAsync<JsonElement>("/api/dashboard");

        var township = dashboard.GetProperty("byDepartment").EnumerateArray().Single(d => d.GetProperty("departmentCode").GetString() == "tianning");
        Assert.That(township.GetProperty("projects").GetInt32(), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task ShouldAddUpTheDisbursedPaymentsToTheFen()
    {
        var bureau = await SignInAsync("bureau");
        var before = await DisbursedAsync(bureau);
        var project = await ProjectSetup.RegisterAsync(App, "health");
        // Amounts that binary floating point cannot hold exactly: their sum must still be exact to the fen.
        await ProjectSetup.AddPaymentsAsync(App, project.Id,
            (0.10m, PaymentStatus.Disbursed), (0.20m, PaymentStatus.Disbursed), (123_456_789.99m, PaymentStatus.Disbursed),
            (5_000m, PaymentStatus.Requested));

        Assert.That(await DisbursedAsync(bureau) - before, Is.EqualTo(123_456_790.29m));
    }

    private static async Task<decimal> DisbursedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/dashboard")).GetProperty("funding").GetProperty("disbursed").GetDecimal();

    [Test]
    public async Task ShouldForbidTheDashboardToADepartmentClerk()
    {
        var response = await (await SignInAsync("dept-a")).GetAsync("/api/dashboard");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldExportATableAsCsvWithAByteOrderMark()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.HoldFundingAsync(App, project.Id, "待备案, \"合同\"");

        var response = await (await SignInAsync("bureau")).GetAsync("/api/dashboard/export.csv?table=fundingHolds").EnsureSuccessAsync();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()));
        Assert.That(text, Does.StartWith("项目ID,项目名称,资金状态,原因\r\n"));
        Assert.That(text, Does.Contain($"{project.Id},{project.Name},Held,\"待备案, \"\"合同\"\"\""));
    }

    [TestCase("=HYPERLINK(\"http://evil\")")]
    [TestCase("+1+cmd|' /C calc'!A0")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    public async Task ShouldExportATextCellThatLooksLikeAFormulaAsText(string reason)
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.HoldFundingAsync(App, project.Id, reason);

        var response = await (await SignInAsync("bureau")).GetAsync("/api/dashboard/export.csv?table=fundingHolds").EnsureSuccessAsync();
        var line = (await response.Content.ReadAsStringAsync()).Split("\r\n").Single(row => row.StartsWith(project.Id.ToString()));

        var cell = line[$"{project.Id},{project.Name},Held,".Length..];
        Assert.That(cell.Trim('"'), Does.StartWith("'" + reason[0]));
    }

    [Test]
    public async Task ShouldRejectTheExportOfAnUnknownTable()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/dashboard/export.csv?table=salaries");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
