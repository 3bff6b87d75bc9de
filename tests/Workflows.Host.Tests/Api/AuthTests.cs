using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class AuthTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldIssueATokenAndCookieForTheRightPassword()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "finance", password = TestApp.DemoPassword });
        var body = await response.Content.ReadFromJsonAsync<LoginBody>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body!.Token, Is.Not.Empty);
        Assert.That(body.ExpiresAt, Is.GreaterThan(DateTimeOffset.UtcNow));
        Assert.That(response.Headers.GetValues("Set-Cookie"), Has.Some.StartsWith("workflows.auth="));
    }

    [Test]
    public async Task ShouldAnswer401ProblemForAWrongPassword()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "finance", password = "wrong" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldAnswer401ForAnUnknownUser()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = TestApp.DemoPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldLockTheAccountOutAfterRepeatedFailures()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "county", password = "wrong" });
        }

        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "county", password = TestApp.DemoPassword });
        var problem = await response.Content.ReadFromJsonAsync<ProblemBody>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem!.Title, Does.Contain("locked"));
    }

    [Test]
    public async Task ShouldAcceptTheTokenAsBearer()
    {
        var client = await SignInAsync("dept-a");

        var me = await client.GetFromJsonAsync<MeBody>("/api/auth/me");

        Assert.That(me, Is.EqualTo(new MeBody("dept-a", "education", ["department"])).Using<MeBody>(SameUser));
    }

    [Test]
    public async Task ShouldAnswer401ToAnApiCallWithoutCredentials()
    {
        var response = await Anonymous().GetAsync("/api/tasks");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRejectATamperedToken()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        var response = await client.GetAsync("/api/tasks");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static bool SameUser(MeBody actual, MeBody expected) =>
        actual.UserName == expected.UserName && actual.DepartmentCode == expected.DepartmentCode && actual.Roles.SequenceEqual(expected.Roles);

    private sealed record LoginBody(string Token, DateTimeOffset ExpiresAt);

    private sealed record ProblemBody(string Title, int Status);

    private sealed record MeBody(string UserName, string? DepartmentCode, string[] Roles);
}
