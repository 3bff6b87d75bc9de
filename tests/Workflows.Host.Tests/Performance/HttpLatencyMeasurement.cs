using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// Measures over real HTTP on Kestrel, on SQLite or, with <c>WORKFLOWS_MEASURE_PROVIDER=PostgreSql</c>, on PostgreSQL: the clerk's
/// and the reviewer's inboxes, the clerk's task list by business key and task completion with <c>WORKFLOWS_MEASURE_OPEN_TASKS</c>
/// open tasks (default 100,000) and <c>WORKFLOWS_MEASURE_HISTORY_ROWS</c> history rows (default 1,000,000); the project list page and the dashboard with
/// <c>WORKFLOWS_MEASURE_PROJECTS</c> projects (default 100,000). The rows are seeded in bulk straight through SQL
/// (<see cref="BulkWorkload"/>: one <c>INSERT … SELECT</c> per table; <see cref="BulkProjects"/>). The host runs as a process of its own (the Release build beside the tests,
/// in Production, with its own runtime settings: server GC and the rest of its <c>runtimeconfig.json</c>), so its memory
/// is its alone: the measurement prints p50 and p95 and, as JSON, the host's resident memory after start, after the rows
/// were seeded and at the end, its peak through the run (<c>VmHWM</c>), and the same of the measuring process (test
/// runner, seeding, HTTP clients). Run it on purpose, in Release:
/// <c>dotnet test -c Release tests/Workflows.Host.Tests --filter "FullyQualifiedName~HttpLatencyMeasurement"</c>.
/// </summary>
[Explicit("Measurement, minutes long: run on purpose")]
public sealed class HttpLatencyMeasurement
{
    private const int Samples = 200;

    /// <summary>Requests of the whole project list: seconds each at 100,000 projects.</summary>
    private const int WholeListSamples = 10;

    [Test]
    public async Task MeasureInboxAndCompletionLatency()
    {
        await using var database = TestDatabases.Create(Environment.GetEnvironmentVariable("WORKFLOWS_MEASURE_PROVIDER") ?? "Sqlite");
        var dataFolder = Directory.CreateTempSubdirectory("workflows-measure-").FullName;
        await using var host = await HostProcess.StartSeededAsync(database, dataFolder);
        var started = ProcessMemory.Of(host.ProcessId);

        var openTasks = Configured("WORKFLOWS_MEASURE_OPEN_TASKS", 100_000);
        var historyRows = Configured("WORKFLOWS_MEASURE_HISTORY_ROWS", 1_000_000);
        var loading = Stopwatch.StartNew();
        BulkWorkload.Insert(database, openTasks, historyRows);
        await TestContext.Out.WriteLineAsync($"{openTasks} open tasks and {historyRows} history rows inserted in {loading.Elapsed.TotalSeconds:F0} s");
        var seeded = ProcessMemory.Of(host.ProcessId);

        var bureau = await host.SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(TestApp.TestBpmnPath);
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/host-test/versions/1/publish", null).EnsureSuccessAsync();

        var clerk = await host.SignInAsync("dept-a");
        var finance = await host.SignInAsync("finance");
        // Each instance's task through the clerk's task list filtered by its business key, which is timed.
        var taskIds = new List<Guid>();
        var byBusinessKey = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var businessKey = $"MEASURE-{i}";
            await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey, variables = new { } }).EnsureSuccessAsync();
            var watch = Stopwatch.StartNew();
            var page = await clerk.GetFromJsonAsync<ProcessFixture.TaskPage>($"/api/tasks?businessKey={businessKey}");
            byBusinessKey.Add(watch.Elapsed.TotalMilliseconds);
            taskIds.Add(page!.Items.Single().Id);
        }

        var clerkInbox = await MeasureAsync(() => clerk.GetAsync("/api/tasks?status=open").EnsureSuccessAsync());
        var reviewerInbox = await MeasureAsync(() => finance.GetAsync("/api/tasks?status=open").EnsureSuccessAsync());
        var queue = new Queue<Guid>(taskIds);
        var completion = await MeasureAsync(() => clerk.PostAsJsonAsync($"/api/tasks/{queue.Dequeue()}/complete",
            new { variables = new { title = "电子政务门户", amount = 50 } }).EnsureSuccessAsync());

        await TestContext.Out.WriteLineAsync($"{{\"provider\":\"{database.Provider}\",\"openTasks\":{openTasks},\"historyRows\":{historyRows}," +
            $"\"clerkInboxMs\":{clerkInbox},\"reviewerInboxMs\":{reviewerInbox},\"businessKeyListMs\":{Latency.Of(byBusinessKey)},\"completeTaskMs\":{completion},{Memory(host, started, seeded)}}}");
        // The host writes reminder mail into the data folder until it stops.
        await host.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
        Assert.That(queue, Is.Empty);
    }

    [Test]
    public async Task MeasureProjectListAndDashboardLatency()
    {
        await using var database = TestDatabases.Create(Environment.GetEnvironmentVariable("WORKFLOWS_MEASURE_PROVIDER") ?? "Sqlite");
        var dataFolder = Directory.CreateTempSubdirectory("workflows-measure-").FullName;
        await using var host = await HostProcess.StartSeededAsync(database, dataFolder);
        var started = ProcessMemory.Of(host.ProcessId);

        var projects = Configured("WORKFLOWS_MEASURE_PROJECTS", 100_000);
        var loading = Stopwatch.StartNew();
        BulkProjects.Insert(database, projects);
        await TestContext.Out.WriteLineAsync($"{projects} projects inserted in {loading.Elapsed.TotalSeconds:F0} s");
        var seeded = ProcessMemory.Of(host.ProcessId);

        var bureau = await host.SignInAsync("bureau");
        var clerk = await host.SignInAsync("dept-a");
        var pages = 0;
        var bureauList = await MeasureAsync(() => bureau.GetAsync($"/api/projects/page?skip={pages++ % 50 * 20}&take=20").EnsureSuccessAsync());
        var clerkList = await MeasureAsync(() => clerk.GetAsync("/api/projects/page?take=20").EnsureSuccessAsync());
        var sortedByName = await MeasureAsync(() => bureau.GetAsync("/api/projects/page?sort=name&order=desc&stage=Approved").EnsureSuccessAsync());
        var dashboard = await MeasureAsync(() => bureau.GetAsync("/api/dashboard").EnsureSuccessAsync());
        var paged = Memory(host, started, seeded);

        // Then the whole list (GET /api/projects, every project in one answer), a few times: what it adds to the peak.
        var wholeList = await MeasureAsync(() => bureau.GetAsync("/api/projects").EnsureSuccessAsync(), WholeListSamples);
        var afterWholeList = ProcessMemory.Of(host.ProcessId);

        await TestContext.Out.WriteLineAsync($"{{\"provider\":\"{database.Provider}\",\"projects\":{projects},\"projectPageMs\":{bureauList},\"clerkProjectPageMs\":{clerkList}," +
            $"\"projectPageByNameMs\":{sortedByName},\"dashboardMs\":{dashboard},{paged}," +
            $"\"wholeListMs\":{wholeList},\"hostRssAfterWholeListMB\":{afterWholeList.ResidentMB},\"hostPeakRssWithWholeListMB\":{afterWholeList.PeakResidentMB}}}");
        await host.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }

    /// <summary>The host's memory after start, after seeding and now (its peak is of the whole run), and the measuring process's.</summary>
    private static string Memory(HostProcess host, ProcessMemory started, ProcessMemory seeded)
    {
        var now = ProcessMemory.Of(host.ProcessId);
        var runner = ProcessMemory.Of("self");
        return $"\"hostStartedRssMB\":{started.ResidentMB},\"hostSeededRssMB\":{seeded.ResidentMB},\"hostRssMB\":{now.ResidentMB}," +
            $"\"hostPeakRssMB\":{now.PeakResidentMB},\"runnerRssMB\":{runner.ResidentMB},\"runnerPeakRssMB\":{runner.PeakResidentMB}";
    }

    /// <summary>A positive whole number from the environment, else <paramref name="fallback"/>.</summary>
    private static int Configured(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : fallback;

    private static async Task<Latency> MeasureAsync(Func<Task> request, int samples = Samples)
    {
        var timings = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await request();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Latency.Of(timings);
    }

    private readonly record struct Latency(double P50, double P95)
    {
        public static Latency Of(List<double> timings)
        {
            timings.Sort();
            return new Latency(timings[timings.Count / 2 - 1], timings[(int)Math.Ceiling(timings.Count * 0.95) - 1]);
        }

        public override string ToString() => $"{{\"p50\":{P50:F1},\"p95\":{P95:F1}}}";
    }
}
