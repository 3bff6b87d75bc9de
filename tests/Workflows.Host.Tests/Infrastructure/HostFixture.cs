using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>Boots the host once per fixture and provider; tests sign in as the demo users.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public abstract class HostFixture(string provider)
{
    private readonly Dictionary<string, string> tokens = [];
    private TestDatabase database = null!;
    private string dataFolder = null!;

    protected TestApp App { get; private set; } = null!;

    /// <summary>The database the host runs on.</summary>
    protected TestDatabase Database => database;

    /// <summary>A temporary folder of the fixture (mail pickup and the like).</summary>
    protected string DataFolder => dataFolder;

    /// <summary>What the host deploys at start: the test form by default.</summary>
    protected virtual string? DefinitionsPath => TestApp.TestDefinitionsPath;

    /// <summary>The host's clock when <see cref="UsesFakeTime"/>: it starts at the real now and moves only when a test moves it.</summary>
    protected FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>True to run the host on <see cref="Time"/> instead of the system clock.</summary>
    protected virtual bool UsesFakeTime => false;

    /// <summary>Settings and services of this fixture's host on top of the tests' defaults.</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder)
    {
    }

    [OneTimeSetUp]
    public void StartHost()
    {
        database = TestDatabases.Create(provider);
        dataFolder = Directory.CreateTempSubdirectory("workflows-host-data-").FullName;
        Time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        App = new TestApp(database, dataFolder, DefinitionsPath, UsesFakeTime ? Time : null, ConfigureHost);
        _ = App.Server;
    }

    [OneTimeTearDown]
    public async Task StopHostAsync()
    {
        await App.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }

    /// <summary>A client without credentials.</summary>
    protected HttpClient Anonymous() => App.CreateClient();

    /// <summary>A bearer-token client for a demo user (the token is fetched once per fixture).</summary>
    protected async Task<HttpClient> SignInAsync(string userName)
    {
        if (!tokens.TryGetValue(userName, out var token))
        {
            var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<LoginBody>())!.Token;
            tokens[userName] = token;
        }

        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Forgets the fixture's tokens, e.g. after <see cref="Time"/> moved past their lifetime.</summary>
    protected void ForgetTokens() => tokens.Clear();

    private sealed record LoginBody(string Token, DateTimeOffset ExpiresAt);
}
