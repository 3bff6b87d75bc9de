using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>
/// The host as a process of its own, as a second node on another machine would run it: on the same database,
/// but with its own home folder, so nothing machine-local (such as a file-system key ring) is shared.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder log = new();
    private readonly string home = Directory.CreateTempSubdirectory("workflows-node-home-").FullName;
    private bool disposed;

    private HostProcess(TestDatabase database, string dataFolder, IReadOnlyDictionary<string, string>? settings)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Workflows.Host.dll"));
        start.Environment["HOME"] = home;
        start.Environment["XDG_DATA_HOME"] = home;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = BaseAddress.ToString();
        start.Environment["Database__Provider"] = database.Provider;
        // A node starting beside a busy test run may wait longer than Npgsql's default 15 s for a connection.
        start.Environment["ConnectionStrings__Workflows"] = database.Provider == "PostgreSql"
            ? database.ConnectionString + ";Timeout=60"
            : database.ConnectionString;
        start.Environment["Seed__Demo"] = "false";
        start.Environment["Workflows__DefinitionsPath"] = TestApp.TestDefinitionsPath;
        start.Environment["Mail__PickupDirectory"] = Path.Combine(dataFolder, "node-mail");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Log(line.Data);
        process.ErrorDataReceived += (_, line) => Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>The operating system's id of the node's process (the runtime runs in the <c>dotnet</c> process itself).</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts the node and waits until it answers <c>/health</c>.</summary>
    /// <param name="settings">Environment variables set on top of the node's defaults (<c>Seed__Demo</c>, …).</param>
    public static async Task<HostProcess> StartAsync(TestDatabase database, string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var node = new HostProcess(database, dataFolder, settings);
        using var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline && !node.process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return node;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still starting.
            }

            await Task.Delay(250);
        }

        var output = node.Output;
        await node.DisposeAsync();
        throw new InvalidOperationException("The second host did not start:" + Environment.NewLine + output);
    }

    private string Output
    {
        get
        {
            lock (log)
                return log.ToString();
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>
    /// Starts a node that migrates, seeds the demo departments and users (with the tests' password) and deploys the test
    /// definitions, as the in-process host of the other tests does.
    /// </summary>
    public static Task<HostProcess> StartSeededAsync(TestDatabase database, string dataFolder) =>
        StartAsync(database, dataFolder, new Dictionary<string, string>
        {
            ["Seed__Demo"] = "true",
            ["Seed__DemoPassword"] = TestApp.DemoPassword,
        });

    /// <summary>A client of this node signed in as the demo user <paramref name="userName"/>, with the bearer token an API client sends.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }).EnsureSuccessAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<TokenBody>())!.Token);
        return client;
    }

    private sealed record TokenBody(string Token);

    private void Log(string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.AppendLine(line);
    }

    /// <summary>Kills the node as <c>kill -9</c> does (SIGKILL: no shutdown, nothing flushed), and waits until it is gone.</summary>
    public ValueTask KillAsync() => DisposeAsync();

    /// <summary>Stops the node (once: a measurement stops it before it deletes the data folder the node writes to).</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
            return;
        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(home, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
