using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

/// <summary>Failed sign-ins are throttled per client (429), on top of the lockout of each account.</summary>
public sealed class SignInThrottleTests(string provider) : HostFixture(provider)
{
    private const int FailuresPerClient = 4;

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:FailedSignInsPerClient", FailuresPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientAddressStartupFilter>());
    }

    [Test]
    public async Task ShouldAnswer429ToAClientAfterTooManyFailedSignIns()
    {
        var client = ClientAt("192.0.2.10");
        for (var attempt = 0; attempt < FailuresPerClient; attempt++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { userName = $"nobody-{attempt}", password = "Wrong#Pass2026" });
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "approval", password = TestApp.DemoPassword });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(429));
        Assert.That(response.Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task ShouldLetAnotherClientSignInWhileOneIsThrottled()
    {
        var attacker = ClientAt("192.0.2.20");
        for (var attempt = 0; attempt <= FailuresPerClient; attempt++)
        {
            await attacker.PostAsJsonAsync("/api/auth/login", new { userName = $"nobody-{attempt}", password = "Wrong#Pass2026" });
        }

        var response = await ClientAt("192.0.2.21").PostAsJsonAsync("/api/auth/login", new { userName = "approval", password = TestApp.DemoPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldNotCountSuccessfulSignInsAgainstTheClient()
    {
        var client = ClientAt("192.0.2.30");
        for (var attempt = 0; attempt < FailuresPerClient + 2; attempt++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "approval", password = TestApp.DemoPassword }).EnsureSuccessAsync();
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "approval", password = TestApp.DemoPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldStillLockTheAccountOutWhenTheFailuresComeFromManyClients()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await ClientAt($"192.0.2.{40 + attempt}").PostAsJsonAsync("/api/auth/login", new { userName = "dgsc", password = "Wrong#Pass2026" });
        }

        var response = await ClientAt("192.0.2.50").PostAsJsonAsync("/api/auth/login", new { userName = "dgsc", password = TestApp.DemoPassword });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem.GetProperty("title").GetString(), Does.Contain("locked"));
    }

    private HttpClient ClientAt(string address)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }
}
