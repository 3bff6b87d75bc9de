using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Workflows.Runtime.Tests.Mail.Support;

/// <summary>
/// A TCP relay in front of <see cref="InProcessSmtpServer"/> that breaks one connection on cue: in the middle
/// of a message's DATA (the server discards it), or right after its final dot (the server has stored the
/// message, the client never hears the 250). Messages are numbered from 1 in the order their DATA starts.
/// </summary>
internal sealed class SmtpFaultProxy : IAsyncDisposable
{
    private const int BytesBeforeDropDuringData = 100;
    private static readonly byte[] FinalDot = "\r\n.\r\n"u8.ToArray();

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly int upstreamPort;
    private readonly Task accepting;
    private int messagesStarted;
    private int connections;

    private SmtpFaultProxy(int upstreamPort)
    {
        this.upstreamPort = upstreamPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>The message whose connection is cut after its first bytes of DATA.</summary>
    public int? DropDuringDataOf { get; set; }

    /// <summary>The message whose connection is cut after the final dot, before the server's reply is passed on.</summary>
    public int? DropAfterFinalDotOf { get; set; }

    public static SmtpFaultProxy To(InProcessSmtpServer server) => new(server.Port);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var relays = new List<Task>();
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                Interlocked.Increment(ref connections);
                relays.Add(RelayAsync(client));
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            await Task.WhenAll(relays);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort);
            using var cut = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            var conversation = new Conversation();
            var toServer = ClientToServerAsync(client.GetStream(), upstream.GetStream(), conversation, cut.Token);
            var toClient = ServerToClientAsync(upstream.GetStream(), client.GetStream(), conversation, cut.Token);
            await Task.WhenAny(toServer, toClient);
            await cut.CancelAsync();
            client.Client.Close();
            upstream.Client.Close();
            await Task.WhenAll(toServer.ContinueWith(_ => { }), toClient.ContinueWith(_ => { }));
        }
    }

    private async Task ClientToServerAsync(NetworkStream from, NetworkStream to, Conversation conversation, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var forwardUpTo = read;
            var drop = false;
            for (var i = 0; i < read && !drop; i++)
            {
                switch (conversation.Consume(buffer[i], ref messagesStarted))
                {
                    case Step.MessageBytes when conversation.DataBytes == BytesBeforeDropDuringData && DropDuringDataOf == conversation.Message:
                        forwardUpTo = i;
                        drop = true;
                        break;
                    case Step.FinalDot when DropAfterFinalDotOf == conversation.Message:
                        conversation.DropOnNextReply = true;
                        break;
                }
            }
            await to.WriteAsync(buffer.AsMemory(0, forwardUpTo), cancellationToken);
            if (drop)
                return;
        }
    }

    private static async Task ServerToClientAsync(NetworkStream from, NetworkStream to, Conversation conversation, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (conversation.DropOnNextReply)
                return;
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private enum Step
    {
        Command,
        MessageBytes,
        FinalDot,
    }

    /// <summary>Where one connection's client side is: sending commands, or inside a message's DATA.</summary>
    private sealed class Conversation
    {
        private readonly StringBuilder line = new();
        private readonly byte[] tail = new byte[FinalDot.Length];

        public int Message { get; private set; }

        public int DataBytes { get; private set; }

        public volatile bool DropOnNextReply;

        private bool inData;

        public Step Consume(byte value, ref int messagesStarted)
        {
            if (!inData)
            {
                line.Append((char)value);
                if (value != '\n')
                    return Step.Command;
                var command = line.ToString().Trim();
                line.Clear();
                if (command.Equals("DATA", StringComparison.OrdinalIgnoreCase))
                {
                    inData = true;
                    DataBytes = 0;
                    Array.Clear(tail);
                    Message = Interlocked.Increment(ref messagesStarted);
                }
                return Step.Command;
            }

            DataBytes++;
            Array.Copy(tail, 1, tail, 0, tail.Length - 1);
            tail[^1] = value;
            if (!tail.AsSpan().SequenceEqual(FinalDot))
                return Step.MessageBytes;
            inData = false;
            return Step.FinalDot;
        }
    }
}
