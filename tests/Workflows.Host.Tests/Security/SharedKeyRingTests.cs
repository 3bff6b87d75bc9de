using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

/// <summary>
/// Item 14: the Data Protection key ring is in the database, so every node on it accepts the cookies and tokens
/// another node issued, and a node that restarts signs nobody out. Each node runs as a process with a home folder
/// of its own, so nothing but the database can carry the keys.
/// </summary>
public sealed class SharedKeyRingTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldAcceptABearerTokenIssuedByAnotherNode()
    {
        var token = (await SignInAsync("finance")).DefaultRequestHeaders.Authorization;
        await using var node = await HostProcess.StartAsync(Database, DataFolder);
        using var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;

        Assert.That(await UserNameAsync(client), Is.EqualTo("finance"));
    }

    [Test]
    public async Task ShouldAcceptASignInCookieIssuedByAnotherNode()
    {
        var cookie = await SignInCookieAsync(Anonymous(), "approval");
        await using var node = await HostProcess.StartAsync(Database, DataFolder);
        using var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.That(await UserNameAsync(client), Is.EqualTo("approval"));
    }

    [Test]
    public async Task ShouldKeepAUserSignedInWhenTheNodeRestarts()
    {
        string cookie;
        AuthenticationHeaderValue token;
        await using (var node = await HostProcess.StartAsync(Database, DataFolder))
        {
            using var client = node.CreateClient();
            cookie = await SignInCookieAsync(client, "county");
            var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "dgsc", password = TestApp.DemoPassword }).EnsureSuccessAsync();
            token = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<Login>())!.Token);
        }

        await using var restarted = await HostProcess.StartAsync(Database, DataFolder);
        using var withCookie = restarted.CreateClient();
        withCookie.DefaultRequestHeaders.Add("Cookie", cookie);
        using var withToken = restarted.CreateClient();
        withToken.DefaultRequestHeaders.Authorization = token;

        Assert.That(await UserNameAsync(withCookie), Is.EqualTo("county"));
        Assert.That(await UserNameAsync(withToken), Is.EqualTo("dgsc"));
    }

    private static async Task<string> SignInCookieAsync(HttpClient client, string userName)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }).EnsureSuccessAsync();
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("workflows.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<string?> UserNameAsync(HttpClient client)
    {
        var me = await client.GetAsync("/api/auth/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await me.Content.ReadFromJsonAsync<Me>())!.UserName;
    }

    private sealed record Me(string UserName);

    private sealed record Login(string Token);
}
