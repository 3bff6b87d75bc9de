using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class PlatformEndpointTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldReportTheDatabaseAndHangfireHealthy()
    {
        var response = await Anonymous().GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(report.GetProperty("checks").GetProperty("hangfire").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task ShouldServeTheOpenApiDocumentWithTheTaskEndpoints()
    {
        var document = await Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.That(document.GetProperty("paths").TryGetProperty("/api/tasks/{id}/complete", out _), Is.True);
    }

    [Test]
    public async Task ShouldServeTheApiReferencePage()
    {
        var response = await Anonymous().GetAsync("/api/docs");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task ShouldAnswer404ProblemForAnUnknownApiPath()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/no-such-thing");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldShowTheJobDashboardToAdministrators()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/hangfire");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldHideTheJobDashboardFromOtherRoles()
    {
        var response = await (await SignInAsync("finance")).GetAsync("/hangfire");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldCountWorkingDaysAcrossTheNationalDayHoliday()
    {
        var due = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/calendar/due?start=2025-09-30&workingDays=5");

        // 1-8 October 2025 are off; Saturday 11 October is a make-up working day.
        Assert.That(due.GetProperty("due").GetString(), Is.EqualTo("2025-10-14"));
    }

    [Test]
    public async Task ShouldListTheDemoDepartments()
    {
        var departments = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement[]>("/api/departments");

        Assert.That(departments!.Select(department => department.GetProperty("code").GetString()), Is.SupersetOf(new[] { "education", "health", "tianning" }));
    }

    [Test]
    public async Task ShouldRejectACookieAuthenticatedChangeWithoutTheAntiforgeryHeader()
    {
        var browser = App.CreateClient();
        await browser.PostAsJsonAsync("/api/auth/login", new { userName = "bureau", password = TestApp.DemoPassword }).EnsureSuccessAsync();

        var response = await browser.PostAsync("/api/auth/logout", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldAcceptACookieAuthenticatedChangeWithTheAntiforgeryHeader()
    {
        var browser = App.CreateClient();
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { userName = "bureau", password = TestApp.DemoPassword }).EnsureSuccessAsync();
        var token = login.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith("XSRF-TOKEN=")).Split(';')[0]["XSRF-TOKEN=".Length..];
        browser.DefaultRequestHeaders.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token));

        var response = await browser.PostAsync("/api/auth/logout", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }
}
