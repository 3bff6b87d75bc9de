using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Workflows.Runtime.Tests.Mail.Support;

/// <summary>
/// A real SMTP server on a loopback port, keeping every message it accepts; faults are injected through
/// <see cref="RecipientReply"/> (a 4xx or 5xx answer to RCPT TO) and <see cref="SaveDelay"/> (a slow relay).
/// </summary>
internal sealed class InProcessSmtpServer : MessageStore, IMailboxFilter, IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private readonly CancellationTokenSource stopping = new();
    private SmtpServer.SmtpServer? server;

    private InProcessSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. received];

    /// <summary>The idempotency keys of the accepted messages, in order of arrival.</summary>
    public IReadOnlyList<string> ReceivedKeys => [.. received.Select(m => m.Headers["X-Workflows-Idempotency-Key"] ?? "")];

    /// <summary>The answer to RCPT TO for an address, or null to accept it.</summary>
    public Func<string, SmtpResponse?> RecipientReply { get; set; } = _ => null;

    /// <summary>Called as each message is accepted, before the server answers 250.</summary>
    public Action OnReceived { get; set; } = () => { };

    /// <summary>How long the server takes to store each message before it answers 250.</summary>
    public TimeSpan SaveDelay { get; set; } = TimeSpan.Zero;

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
        services.Add((IMessageStore)this);
        services.Add((IMailboxFilter)this);
        server = new SmtpServer.SmtpServer(options, services);
        _ = server.StartAsync(stopping.Token);
        await WaitUntilListeningAsync();
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (SaveDelay > TimeSpan.Zero)
            await Task.Delay(SaveDelay, cancellationToken);
        await using var stream = new MemoryStream(buffer.ToArray());
        received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        OnReceived();
        return SmtpResponse.Ok;
    }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        RecipientReply($"{to.User}@{to.Host}") is { } reply ? throw new SmtpResponseException(reply) : Task.FromResult(true);

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
