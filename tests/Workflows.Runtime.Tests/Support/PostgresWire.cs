using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Workflows.Runtime.Tests.Support;

/// <summary>
/// A relay between the client and PostgreSQL that reads the protocol's messages both ways. The server answers each
/// Sync and each simple Query with one ReadyForQuery; a round trip ends when it has answered all the client sent, so
/// requests sent together (Npgsql's <c>BEGIN</c>, a simple Query, written in front of the next command) count as one.
/// A warning such as "there is no transaction in progress" reaches the client as a NoticeResponse. Connections
/// through it use neither TLS nor GSS encryption, so the bytes are plain protocol messages from the first.
/// </summary>
public sealed class PostgresWire : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string host;
    private readonly int port;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> relays = [];
    private readonly List<string> notices = [];
    private long roundTrips;

    /// <summary>
    /// A host of the platform whose connections go through a new relay, handed to <paramref name="compose"/> with the
    /// services before the platform's are added.
    /// </summary>
    public static Task<RuntimeHost> StartHostAsync(string provider, Action<PostgresWire, IServiceCollection> compose) =>
        RuntimeHost.StartAsync(provider, (services, configuration) =>
        {
            var wire = new PostgresWire(configuration.GetConnectionString("Workflows")!);
            compose(wire, services);
            services.AddPlatformForTests(new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Workflows"] = wire.ConnectionString })
                .Build());
        }, PlatformHost.CreateSchemaAsync);

    public PostgresWire(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        host = target.Host!;
        port = target.Port;
        listener.Start();
        lock (relays)
            relays.Add(AcceptAsync());
        target.Host = "127.0.0.1";
        target.Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        target.SslMode = SslMode.Disable;
        target.GssEncryptionMode = GssEncryptionMode.Disable;
        // A pool of its own, apart from the connections made to the server directly.
        target.ApplicationName = "wire";
        ConnectionString = target.ConnectionString;
    }

    /// <summary>The connection string that goes through the relay.</summary>
    public string ConnectionString { get; }

    /// <summary>The ReadyForQuery messages the server sent since the last <see cref="Reset"/>.</summary>
    public long RoundTrips => Interlocked.Read(ref roundTrips);

    /// <summary>The notices (warnings included) the server sent since the last <see cref="Reset"/>, as "severity: text".</summary>
    public IReadOnlyList<string> Notices
    {
        get
        {
            lock (notices)
                return [.. notices];
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref roundTrips, 0);
        lock (notices)
            notices.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Task[] running;
        lock (relays)
            running = [.. relays];
        try
        {
            await Task.WhenAll(running);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            var server = new TcpClient();
            await server.ConnectAsync(host, port, stopping.Token);
            lock (relays)
                relays.Add(RelayAsync(client, server));
        }
    }

    private async Task RelayAsync(TcpClient client, TcpClient server)
    {
        using (client)
        using (server)
        {
            var awaited = new StrongBox<int>();
            var fromClient = ReadClientAsync(client.GetStream(), server.GetStream(), awaited);
            var fromServer = ReadServerAsync(server.GetStream(), client.GetStream(), awaited);
            try
            {
                await Task.WhenAny(fromClient, fromServer);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or EndOfStreamException)
            {
            }
        }
    }

    /// <summary>
    /// Passes the client's messages on one at a time, counting those the server answers with a ReadyForQuery: the
    /// first message has no type byte (the startup message, or a cancel request), the others a type byte, a length
    /// that counts itself, the body.
    /// </summary>
    private async Task ReadClientAsync(Stream client, Stream server, StrongBox<int> awaited)
    {
        var length = new byte[4];
        await client.ReadExactlyAsync(length, stopping.Token);
        var startup = new byte[BinaryPrimitives.ReadInt32BigEndian(length) - 4];
        await client.ReadExactlyAsync(startup, stopping.Token);
        await server.WriteAsync(length, stopping.Token);
        await server.WriteAsync(startup, stopping.Token);
        var header = new byte[5];
        while (!stopping.IsCancellationRequested)
        {
            await client.ReadExactlyAsync(header, stopping.Token);
            var body = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1)) - 4];
            await client.ReadExactlyAsync(body, stopping.Token);
            if ((char)header[0] is 'S' or 'Q')
                Interlocked.Increment(ref awaited.Value);
            await server.WriteAsync(header, stopping.Token);
            await server.WriteAsync(body, stopping.Token);
        }
    }

    /// <summary>Passes the server's messages on one at a time: a type byte, a length that counts itself, the body.</summary>
    private async Task ReadServerAsync(Stream server, Stream client, StrongBox<int> awaited)
    {
        var header = new byte[5];
        while (!stopping.IsCancellationRequested)
        {
            await server.ReadExactlyAsync(header, stopping.Token);
            var body = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1)) - 4];
            await server.ReadExactlyAsync(body, stopping.Token);
            switch ((char)header[0])
            {
                case 'Z':
                    // The last answer the client waits for (or the end of the connection's start-up).
                    if (Interlocked.Decrement(ref awaited.Value) <= 0)
                    {
                        Interlocked.Exchange(ref awaited.Value, 0);
                        Interlocked.Increment(ref roundTrips);
                    }
                    break;
                case 'N':
                    lock (notices)
                        notices.Add(Describe(body));
                    break;
            }
            await client.WriteAsync(header, stopping.Token);
            await client.WriteAsync(body, stopping.Token);
        }
    }

    /// <summary>A notice's fields are a code byte and a null-terminated text each: its severity (S) and message (M).</summary>
    private static string Describe(byte[] body)
    {
        var fields = new Dictionary<char, string>();
        var at = 0;
        while (at < body.Length && body[at] != 0)
        {
            var code = (char)body[at++];
            var end = Array.IndexOf(body, (byte)0, at);
            fields[code] = System.Text.Encoding.UTF8.GetString(body, at, end - at);
            at = end + 1;
        }
        return $"{fields.GetValueOrDefault('S')}: {fields.GetValueOrDefault('M')}";
    }
}
