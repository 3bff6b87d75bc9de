using System.Data.Common;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Host.Tests.Performance;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Queries.ListProjects;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// GET /api/projects, the whole list, is written as it is read, a chunk of projects a statement: the first projects reach the
/// caller while the next chunk is still unread, so the host never holds the whole list (at 100,000 projects holding it took the
/// host's peak past 300 MB). The answer is the same array, every project once, by code.
/// </summary>
public sealed class ProjectListStreamingTests(string provider) : HostFixture(provider)
{
    private const int Projects = 2 * ListProjects.ChunkSize + 500;

    private readonly HeldChunkReads held = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(held));

    [TearDown]
    public void ReleaseReads() => held.Release();

    [Test]
    public async Task ShouldSendTheFirstProjectsBeforeReadingTheNextChunk()
    {
        BulkProjects.Insert(Database, Projects);
        var bureau = await SignInAsync("bureau");
        held.Arm();

        using var response = await bureau.GetAsync("/api/projects", HttpCompletionOption.ResponseHeadersRead).WaitAsync(TimeSpan.FromSeconds(60));
        var body = new MemoryStream();
        long received = 0;
        var reading = Task.Run(async () =>
        {
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                body.Write(buffer, 0, read);
                Interlocked.Add(ref received, read);
            }
        });
        // The read after the first chunk waits, and most of the first chunk (about 250 KB) has reached the caller meanwhile.
        Assert.That(() => held.Waiting, Is.True.After(10_000, 20));
        Assert.That(() => Interlocked.Read(ref received), Is.GreaterThan(64 * 1024).After(10_000, 20));
        held.Release();
        await reading.WaitAsync(TimeSpan.FromSeconds(60));
        body.Position = 0;
        var codes = (await JsonSerializer.DeserializeAsync<JsonElement>(body))
            .EnumerateArray().Select(item => item.GetProperty("code").GetString()!).ToList();

        await using var scope = App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<Project>()
            .OrderBy(project => project.Code).Select(project => project.Code).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stored, Has.Count.GreaterThanOrEqualTo(Projects));
            Assert.That(codes, Is.EqualTo(stored), "every project once, by code");
        });
    }

    /// <summary>Once armed, holds every read of projects after a code (a chunk after the first) until released.</summary>
    private sealed class HeldChunkReads : DbCommandInterceptor
    {
        // "p"."code" > @after on SQLite, p.code > @after on PostgreSQL.
        private static readonly Regex KeysetRead = new(@"\bcode""? > @", RegexOptions.CultureInvariant);

        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool armed;
        private volatile bool waiting;

        public bool Waiting => waiting;

        public void Arm() => armed = true;

        public void Release() => released.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (armed && KeysetRead.IsMatch(command.CommandText))
            {
                waiting = true;
                await released.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            }
            return result;
        }
    }
}
