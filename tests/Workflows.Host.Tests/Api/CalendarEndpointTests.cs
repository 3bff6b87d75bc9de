using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class CalendarEndpointTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldCountTheWorkingDaysBetweenTwoDatesAcrossTheNationalDayHoliday()
    {
        var count = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/calendar/working-days?from=2025-09-30&to=2025-10-14");

        // 1-8 October 2025 are off; Saturday 11 October is a make-up working day.
        Assert.That(count.GetProperty("workingDays").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public async Task ShouldCountNegativeWorkingDaysWhenTheEndIsEarlier()
    {
        var count = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/calendar/working-days?from=2025-10-14&to=2025-09-30");

        Assert.That(count.GetProperty("workingDays").GetInt32(), Is.EqualTo(-5));
    }

    [Test]
    public async Task ShouldRejectASpanOfMoreThanTenYears()
    {
        var response = await (await SignInAsync("dept-a")).GetAsync("/api/calendar/working-days?from=2000-01-01&to=2025-01-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldCountALocalDayOffAsNoWorkingDay()
    {
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsJsonAsync("/api/calendar/days-off", new { date = "2025-06-04", reason = "县城防汛" }).EnsureSuccessAsync();

        var count = await bureau.GetFromJsonAsync<JsonElement>("/api/calendar/working-days?from=2025-06-03&to=2025-06-05");

        Assert.That(count.GetProperty("workingDays").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldForbidAClerkToAddADayOff()
    {
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/calendar/days-off", new { date = "2025-06-04", reason = "越权" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
