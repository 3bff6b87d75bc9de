using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Tests.Security;

/// <summary>Signing out, a role change, a lockout and a password change end the user's tokens and cookies at once.</summary>
public sealed class TokenRevocationTests(string provider) : HostFixture(provider)
{
    private const string Password = "Revoke#Pass2026";

    [Test]
    public async Task ShouldRejectTheBearerTokenAfterSignOut()
    {
        var client = await BearerClientAsync(await CreateUserAsync("department"));
        await client.PostAsync("/api/auth/logout", null).EnsureSuccessAsync();

        var response = await client.GetAsync("/api/auth/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldTakeAdminRightsAwayAtOnceWhenTheRoleIsRemoved()
    {
        var userName = await CreateUserAsync("admin");
        var demoted = await BearerClientAsync(userName);
        await (await SignInAsync("bureau")).DeleteAsync($"/api/admin/users/{userName}/roles/admin").EnsureSuccessAsync();

        var regained = await demoted.PutAsync($"/api/admin/users/{userName}/roles/admin", null);

        Assert.That(regained.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await RolesOfAsync(userName), Is.Empty);
    }

    [Test]
    public async Task ShouldRejectTheCookieOfAnAdminWhoseRoleIsRemoved()
    {
        var userName = await CreateUserAsync("admin");
        var browser = App.CreateClient();
        await browser.PostAsJsonAsync("/api/auth/login", new { userName, password = Password }).EnsureSuccessAsync();
        await browser.GetAsync("/api/admin/users").EnsureSuccessAsync();
        await (await SignInAsync("bureau")).DeleteAsync($"/api/admin/users/{userName}/roles/admin").EnsureSuccessAsync();

        var response = await browser.GetAsync("/api/admin/users");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRejectTheBearerTokenOfALockedOutUser()
    {
        var userName = await CreateUserAsync("department");
        var client = await BearerClientAsync(userName);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = "Wrong#Pass2026" });
        }

        var response = await client.GetAsync("/api/auth/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRejectTheBearerTokenAfterThePasswordChanges()
    {
        var userName = await CreateUserAsync("department");
        var client = await BearerClientAsync(userName);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkflowsUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            Assert.That((await users.ChangePasswordAsync(user, Password, "Changed#Pass2026")).Succeeded, Is.True);
        }

        var response = await client.GetAsync("/api/auth/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldKeepAcceptingTheTokenOfAnUnchangedUser()
    {
        var client = await BearerClientAsync(await CreateUserAsync("department"));

        var first = await client.GetAsync("/api/auth/me");
        var second = await client.GetAsync("/api/auth/me");

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var userName = $"revoke-{Guid.NewGuid():N}"[..20];
        await (await SignInAsync("bureau")).PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "撤销测试", departmentCode = role == "department" ? "education" : null, password = Password, roles = new[] { role },
        }).EnsureSuccessAsync();
        return userName;
    }

    private async Task<HttpClient> BearerClientAsync(string userName)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = Password }).EnsureSuccessAsync();
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<LoginBody>())!.Token);
        return client;
    }

    private async Task<string[]> RolesOfAsync(string userName) =>
        (await (await SignInAsync("bureau")).GetFromJsonAsync<UserBody[]>("/api/admin/users"))!.Single(user => user.UserName == userName).Roles;

    private sealed record LoginBody(string Token, DateTimeOffset ExpiresAt);

    private sealed record UserBody(string UserName, string[] Roles);
}
