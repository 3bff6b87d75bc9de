using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Workflows.Runtime.Tests.Mail.Support;

/// <summary>A real SMTP server on a loopback port, keeping every message it accepts.</summary>
internal sealed class InProcessSmtpServer : MessageStore, IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private readonly CancellationTokenSource stopping = new();
    private SmtpServer.SmtpServer? server;

    private InProcessSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. received];

    /// <summary>A port nothing listens on yet; <see cref="StartAsync"/> later binds it.</summary>
    public static InProcessSmtpServer OnFreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return new InProcessSmtpServer(((IPEndPoint)probe.LocalEndpoint).Port);
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(this);
        server = new SmtpServer.SmtpServer(options, services);
        _ = server.StartAsync(stopping.Token);
        await WaitUntilListeningAsync();
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        await using var stream = new MemoryStream(buffer.ToArray());
        received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (server is not null)
            await server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(5));
        stopping.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
