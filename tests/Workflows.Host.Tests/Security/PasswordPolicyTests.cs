using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

/// <summary>等保 2.0 三级: at least 8 characters of at least three character classes; the published demo password only in Development.</summary>
public sealed class PasswordPolicyTests(string provider) : HostFixture(provider)
{
    private const string PublishedDemoPassword = "Demo@12345";

    [TestCase("Aa1!aa")]
    [TestCase("abcdefg1")]
    [TestCase("ABCDEFGH!")]
    [TestCase("abcdefgh")]
    public async Task ShouldRefuseAWeakPassword(string password)
    {
        var response = await CreateUserAsync(await SignInAsync("bureau"), password);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EqualTo(new[] { "password" }));
    }

    [TestCase("abcdefg1!")]
    [TestCase("Abcdefg1")]
    [TestCase("ABCDEFG1!")]
    public async Task ShouldAcceptAPasswordOfThreeCharacterClasses(string password)
    {
        var response = await CreateUserAsync(await SignInAsync("bureau"), password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldAcceptThePublishedDemoPasswordInDevelopment()
    {
        var response = await CreateUserAsync(await SignInAsync("bureau"), PublishedDemoPassword);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldRefuseThePublishedDemoPasswordForANewUserInProduction()
    {
        await using var production = App.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var bureau = await BearerClientAsync(production, "bureau", TestApp.DemoPassword);

        var response = await CreateUserAsync(bureau, PublishedDemoPassword);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public async Task ShouldRefuseSignInWithThePublishedDemoPasswordInProduction()
    {
        var userName = $"demo-{Guid.NewGuid():N}"[..16];
        await CreateUserAsync(await SignInAsync("bureau"), PublishedDemoPassword, userName).EnsureSuccessAsync();
        await using var production = App.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var response = await production.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = PublishedDemoPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void ShouldRefuseToSeedTheDemoUsersWithThePublishedPasswordInProduction()
    {
        using var production = App.WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Seed:DemoPassword", PublishedDemoPassword));

        var failure = Assert.Throws<InvalidOperationException>(() => _ = production.Server);

        Assert.That(failure!.Message, Does.Contain("Seed:DemoPassword"));
    }

    private static Task<HttpResponseMessage> CreateUserAsync(HttpClient bureau, string password, string? userName = null) =>
        bureau.PostAsJsonAsync("/api/admin/users", new
        {
            userName = userName ?? $"pw-{Guid.NewGuid():N}"[..16], displayName = "密码测试", departmentCode = "education", password, roles = new[] { "department" },
        });

    private static async Task<HttpClient> BearerClientAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string userName, string password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password }).EnsureSuccessAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return client;
    }
}
