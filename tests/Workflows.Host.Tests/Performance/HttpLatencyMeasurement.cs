using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Measures, over real HTTP on Kestrel, the inbox and task completion on SQLite with 100,000 open tasks and
/// 1,000,000 history rows. Prints the p95 figures; run it on purpose:
/// <c>dotnet test tests/Workflows.Host.Tests --filter "FullyQualifiedName~HttpLatencyMeasurement"</c>.
/// </summary>
[Explicit("Measurement, minutes long: run on purpose")]
public sealed class HttpLatencyMeasurement
{
    private const int Samples = 200;

    [Test]
    public async Task MeasureInboxAndCompletionLatency()
    {
        await using var database = new SqliteTestDatabase();
        var dataFolder = Directory.CreateTempSubdirectory("workflows-measure-").FullName;
        await using var app = new TestApp(database, dataFolder, TestApp.TestDefinitionsPath);
        app.UseKestrel(0);
        app.StartServer();
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var loading = Stopwatch.StartNew();
        BulkWorkload.Insert(database.ConnectionString, openTasks: 100_000, historyRows: 1_000_000);
        await TestContext.Out.WriteLineAsync($"bulk rows inserted in {loading.Elapsed.TotalSeconds:F0} s");

        var bureau = await SignInAsync(baseAddress, "bureau");
        var xml = await File.ReadAllTextAsync(TestApp.TestBpmnPath);
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/host-test/versions/1/publish", null).EnsureSuccessAsync();

        var clerk = await SignInAsync(baseAddress, "dept-a");
        var finance = await SignInAsync(baseAddress, "finance");
        var taskIds = new List<Guid>();
        for (var i = 0; i < Samples; i++)
        {
            var businessKey = $"MEASURE-{i}";
            await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey, variables = new { } }).EnsureSuccessAsync();
            var page = await clerk.GetFromJsonAsync<ProcessFixture.TaskPage>($"/api/tasks?businessKey={businessKey}");
            taskIds.Add(page!.Items.Single().Id);
        }

        var clerkInbox = await MeasureAsync(() => clerk.GetAsync("/api/tasks?status=open").EnsureSuccessAsync());
        var reviewerInbox = await MeasureAsync(() => finance.GetAsync("/api/tasks?status=open").EnsureSuccessAsync());
        var queue = new Queue<Guid>(taskIds);
        var completion = await MeasureAsync(() => clerk.PostAsJsonAsync($"/api/tasks/{queue.Dequeue()}/complete",
            new { variables = new { title = "电子政务门户", amount = 50 } }).EnsureSuccessAsync());

        await TestContext.Out.WriteLineAsync($"{{\"clerkInboxP95Ms\":{clerkInbox:F1},\"reviewerInboxP95Ms\":{reviewerInbox:F1},\"completeTaskP95Ms\":{completion:F1}}}");
        // The host writes reminder mail into the data folder until it stops.
        await app.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
        Assert.That(queue, Is.Empty);
    }

    private static async Task<double> MeasureAsync(Func<Task> request)
    {
        var timings = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await request();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return timings[(int)Math.Ceiling(timings.Count * 0.95) - 1];
    }

    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string userName)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }).EnsureSuccessAsync();
        var token = (await login.Content.ReadFromJsonAsync<TokenBody>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenBody(string Token);
}
