using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

/// <summary>Production behind the shipped nginx, which terminates TLS and forwards the scheme.</summary>
public sealed class ReverseProxyTests(string provider) : HostFixture(provider)
{
    private ProductionHost production = null!;

    [OneTimeSetUp]
    public void StartProductionHost() => production = new ProductionHost(App);

    [OneTimeTearDown]
    public async Task StopProductionHostAsync() => await production.DisposeAsync();

    [Test]
    public async Task ShouldMarkTheSignInCookiesSecureWhenTheProxyForwardedHttps()
    {
        var response = await SignInOverTlsAsync(production.CreateClientFrom(ProductionHost.Proxy));

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.That(cookies, Has.Some.StartsWith("workflows.auth="));
        Assert.That(cookies, Has.All.Contains("; secure").IgnoreCase);
    }

    [Test]
    public async Task ShouldIgnoreForwardedHeadersFromAnAddressThatIsNotAKnownProxy()
    {
        var response = await SignInOverTlsAsync(production.CreateClientFrom(IPAddress.Parse("203.0.113.9")));

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.That(cookies, Has.Some.StartsWith("workflows.auth="));
        Assert.That(cookies, Has.None.Contains("; secure").IgnoreCase);
    }

    [Test]
    public async Task ShouldSendStrictTransportSecurityInProductionOverTheTlsProxy()
    {
        var client = production.CreateClientFrom(ProductionHost.Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/health");

        Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age="));
    }

    [Test]
    public async Task ShouldHideTheHealthDetailsFromAnAnonymousCallerInProduction()
    {
        var body = await production.CreateClient().GetStringAsync("/health");

        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(body, Does.Not.Contain("checks").And.Not.Contain("provider").And.Not.Contain("failedJobs"));
    }

    [Test]
    public async Task ShouldShowTheHealthDetailsToAnAdministratorInProduction()
    {
        var token = (await SignInAsync("bureau")).DefaultRequestHeaders.Authorization;
        var admin = production.CreateClient();
        admin.DefaultRequestHeaders.Authorization = token;

        var report = JsonDocument.Parse(await admin.GetStringAsync("/health")).RootElement;

        Assert.That(report.GetProperty("checks").GetProperty("database").GetProperty("data").TryGetProperty("provider", out _), Is.True);
    }

    private static async Task<HttpResponseMessage> SignInOverTlsAsync(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        return await client.PostAsJsonAsync("/api/auth/login", new { userName = "bureau", password = TestApp.DemoPassword }).EnsureSuccessAsync();
    }
}
