using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Durability;

/// <summary>
/// The host killed with SIGKILL while clerks and reviewers start instances and complete tasks over HTTP, then started
/// again on the same database: every command that was answered is there, every command that was not is there whole or
/// not at all (an instance's state, its open tasks and its history agree), the audit chain is intact, and every
/// instance can be taken on to its end. On SQLite this runs through the write gate's commit groups and the statements
/// kept prepared on the writer connection; on PostgreSQL through concurrent transactions and the chain's lock.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class KillDuringLoadTests(string provider)
{
    private const int Workers = 6;

    /// <summary>Answered commands to wait for before the kill, so that the node is busy when it dies.</summary>
    private const int AnsweredBeforeKill = 90;

    private sealed record Started(Guid InstanceId);

    private sealed record TaskItem(Guid Id, string ActivityId);

    private sealed record TaskPage(TaskItem[] Items, int Total);

    private sealed record InstanceItem(Guid Id, string? BusinessKey, string Status);

    private sealed record InstanceDetails(Guid Id, string Status, string[] ActiveActivityIds, HistoryItem[] History);

    private sealed record HistoryItem(string Kind, string? ActivityId, Guid? TaskId);

    /// <summary>What the workers were answered before the kill.</summary>
    private sealed class Answered
    {
        public ConcurrentDictionary<string, Guid> Starts { get; } = new();
        public ConcurrentDictionary<string, Guid> Fills { get; } = new();
        public ConcurrentDictionary<string, Guid> Reviews { get; } = new();
        public int Count => Starts.Count + Fills.Count + Reviews.Count;
    }

    [Test]
    public async Task ShouldKeepEveryAnsweredCommandAndNoHalfOfAnyOtherWhenTheHostIsKilled()
    {
        await using var database = TestDatabases.Create(provider);
        var dataFolder = Directory.CreateTempSubdirectory("workflows-kill-").FullName;
        var answered = new Answered();
        try
        {
            await using (var node = await HostProcess.StartSeededAsync(database, dataFolder))
            {
                var bureau = await node.SignInAsync("bureau");
                var xml = await File.ReadAllTextAsync(TestApp.TestBpmnPath);
                await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
                await bureau.PostAsync("/api/definitions/host-test/versions/1/publish", null).EnsureSuccessAsync();

                var clerk = await node.SignInAsync("dept-a");
                var finance = await node.SignInAsync("finance");
                using var stop = new CancellationTokenSource();
                var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(() => WorkAsync(worker, clerk, finance, answered, stop.Token))).ToList();
                var deadline = DateTime.UtcNow.AddMinutes(3);
                while (answered.Count < AnsweredBeforeKill + Random.Shared.Next(20) && DateTime.UtcNow < deadline && workers.All(w => !w.IsCompleted))
                    await Task.Delay(5);

                Assert.That(workers.Where(w => w.IsFaulted).Select(w => w.Exception!.ToString()), Is.Empty, "a worker failed before the kill");
                Assert.That(answered.Count, Is.GreaterThanOrEqualTo(AnsweredBeforeKill), "too few commands answered before the kill");
                await node.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(workers);
            }

            await using var restarted = await HostProcess.StartSeededAsync(database, dataFolder);
            await CheckAfterRestartAsync(restarted, answered);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>
    /// One clerk and one reviewer at a time, taking instances through both tasks until the node dies; only answered
    /// commands are recorded, a command that got no answer is left unknown.
    /// </summary>
    private static async Task WorkAsync(int worker, HttpClient clerk, HttpClient finance, Answered answered, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var businessKey = $"KILL-{worker}-{n}";
            try
            {
                var started = await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey, variables = new { } }, stop);
                if (!started.IsSuccessStatusCode)
                    throw new InvalidOperationException($"start of {businessKey}: {started.StatusCode} {await started.Content.ReadAsStringAsync(stop)}");
                answered.Starts[businessKey] = (await started.Content.ReadFromJsonAsync<Started>(stop))!.InstanceId;

                var fill = await SingleOpenTaskAsync(clerk, businessKey, stop);
                var filled = await clerk.PostAsJsonAsync($"/api/tasks/{fill.Id}/complete", new { variables = new { title = "电子政务门户", amount = 50 } }, stop);
                if (!filled.IsSuccessStatusCode)
                    throw new InvalidOperationException($"fill of {businessKey}: {filled.StatusCode} {await filled.Content.ReadAsStringAsync(stop)}");
                answered.Fills[businessKey] = fill.Id;

                var review = await SingleOpenTaskAsync(finance, businessKey, stop);
                var reviewed = await finance.PostAsJsonAsync($"/api/tasks/{review.Id}/complete", new { variables = new { } }, stop);
                if (!reviewed.IsSuccessStatusCode)
                    throw new InvalidOperationException($"review of {businessKey}: {reviewed.StatusCode} {await reviewed.Content.ReadAsStringAsync(stop)}");
                answered.Reviews[businessKey] = review.Id;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException)
            {
                // The node died under the request (or the test stopped the worker): its outcome is unknown.
                return;
            }
        }
    }

    private static async Task<TaskItem> SingleOpenTaskAsync(HttpClient client, string businessKey, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<TaskPage>($"/api/tasks?status=open&businessKey={businessKey}", cancellationToken))!.Items.Single();

    private static async Task CheckAfterRestartAsync(HostProcess node, Answered answered)
    {
        var bureau = await node.SignInAsync("bureau");
        var clerk = await node.SignInAsync("dept-a");
        var finance = await node.SignInAsync("finance");
        var instances = (await bureau.GetFromJsonAsync<InstanceItem[]>("/api/instances?definitionKey=host-test&take=500"))!
            .ToDictionary(instance => instance.BusinessKey!);

        await TestContext.Out.WriteLineAsync($"answered before the kill: {answered.Starts.Count} starts, {answered.Fills.Count} fills, " +
            $"{answered.Reviews.Count} reviews; after the restart: {instances.Count} instances, {instances.Count(i => i.Value.Status == "Completed")} completed");

        // Every answered start, fill and review is there.
        Assert.That(answered.Starts.Keys.Except(instances.Keys), Is.Empty, "answered starts missing after the restart");
        Assert.That(answered.Starts.Select(start => instances[start.Key].Id == start.Value), Is.All.True);
        foreach (var (businessKey, _) in answered.Fills)
            Assert.That((await DetailsAsync(bureau, instances[businessKey].Id)).ActiveActivityIds, Does.Not.Contain("fill"), businessKey);
        foreach (var (businessKey, _) in answered.Reviews)
            Assert.That(instances[businessKey].Status, Is.EqualTo("Completed"), businessKey);

        // Every instance, answered or not, is whole: its state, its open tasks and its history agree.
        var completedTasks = new List<Guid>();
        foreach (var (businessKey, summary) in instances)
        {
            var details = await DetailsAsync(bureau, summary.Id);
            var completions = details.History.Where(h => h.Kind == "TaskCompleted").ToList();
            var created = details.History.Count(h => h.Kind == "TaskCreated");
            completedTasks.AddRange(completions.Select(h => h.TaskId!.Value));
            var openFill = await OpenTasksAsync(clerk, businessKey);
            var openReview = await OpenTasksAsync(finance, businessKey);
            var state = (details.Status, string.Join(",", details.ActiveActivityIds), completions.Count, created, openFill.Length, openReview.Length);
            Assert.That(state, Is.EqualTo(("Running", "fill", 0, 1, 1, 0))
                .Or.EqualTo(("Running", "review", 1, 2, 0, 1))
                .Or.EqualTo(("Completed", "", 2, 2, 0, 0)), $"{businessKey}: status, active, completions, tasks created, open fill, open review");
        }

        // The audit chain survived the kill and holds every answered completion.
        var verification = await bureau.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.That(verification.GetProperty("intact").GetBoolean(), Is.True, verification.ToString());
        var audited = (await bureau.GetFromJsonAsync<JsonElement[]>("/api/audit?action=task.completed&take=10000"))!
            .Select(e => e.GetProperty("target").GetString()).ToHashSet();
        Assert.That(answered.Fills.Values.Concat(answered.Reviews.Values).Where(task => !audited.Contains($"task {task}")), Is.Empty,
            "answered completions without their audit row");
        Assert.That(completedTasks.Where(task => !audited.Contains($"task {task}")), Is.Empty, "completed tasks without their audit row");

        // And every instance goes on to its end on the restarted node.
        foreach (var (businessKey, summary) in instances.Where(i => i.Value.Status == "Running"))
        {
            foreach (var fill in await OpenTasksAsync(clerk, businessKey))
                await clerk.PostAsJsonAsync($"/api/tasks/{fill.Id}/complete", new { variables = new { title = "电子政务门户", amount = 50 } }).EnsureSuccessAsync();
            foreach (var review in await OpenTasksAsync(finance, businessKey))
                await finance.PostAsJsonAsync($"/api/tasks/{review.Id}/complete", new { variables = new { } }).EnsureSuccessAsync();
            Assert.That((await DetailsAsync(bureau, summary.Id)).Status, Is.EqualTo("Completed"), businessKey);
        }
    }

    private static async Task<TaskItem[]> OpenTasksAsync(HttpClient client, string businessKey) =>
        (await client.GetFromJsonAsync<TaskPage>($"/api/tasks?status=open&businessKey={businessKey}"))!.Items;

    private static async Task<InstanceDetails> DetailsAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<InstanceDetails>($"/api/instances/{id}"))!;
}
