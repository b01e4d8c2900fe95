using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Workflow.Cluster.Tests;

/// <summary>
/// A TCP relay on loopback in front of the test's mail server, for the faults a node meets while it
/// delivers: closed, connections are refused (a mail server that is down) until it opens again on
/// the same port; and it can hold back the mail server's answer to the end of one message's data,
/// so the sending node waits mid-delivery with the message already stored by the server.
/// </summary>
public sealed class SmtpRelay : IDisposable
{
    private static readonly byte[] EndOfData = "\r\n.\r\n"u8.ToArray();

    private readonly int _upstreamPort;
    private readonly object _gate = new();
    private TcpListener? _listener;
    private int _holdArmed;

    private SmtpRelay(int port, int upstreamPort)
    {
        Port = port;
        _upstreamPort = upstreamPort;
    }

    public int Port { get; }

    /// <summary>Completed when a held delivery's data has reached the mail server and its answer is being held back.</summary>
    public TaskCompletionSource Held { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static SmtpRelay Start(int upstreamPort)
    {
        var relay = new SmtpRelay(ClusterPorts.Free(), upstreamPort);
        relay.Open();
        return relay;
    }

    /// <summary>The next message whose data ends gets no answer from the mail server; its sender waits until it gives up or dies.</summary>
    public void HoldNextDataReply()
    {
        Held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _holdArmed, 1);
    }

    /// <summary>Refuses connections from now on, as a mail server that is down.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
        }
    }

    public void Open()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _ = Task.Run(() => AcceptAsync(listener));
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
                var held = new StrongBox<bool>(false);
                var toServer = PumpAsync(client.GetStream(), upstream.GetStream(), held, watch: true);
                var toClient = PumpAsync(upstream.GetStream(), client.GetStream(), held, watch: false);
                await Task.WhenAny(toServer, toClient);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                // One side went away (a node killed mid-delivery): the other side is closed with it.
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, StrongBox<bool> held, bool watch)
    {
        var buffer = new byte[16 * 1024];
        var tail = Array.Empty<byte>();
        while (true)
        {
            var read = await from.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            if (watch && Volatile.Read(ref _holdArmed) == 1 && EndsData(tail, buffer.AsSpan(0, read)) && Interlocked.Exchange(ref _holdArmed, 0) == 1)
            {
                // Decided before the data goes on, so the server's answer cannot slip through first.
                held.Value = true;
                await to.WriteAsync(buffer.AsMemory(0, read));
                Held.TrySetResult();
                continue;
            }

            if (watch)
            {
                tail = buffer.AsSpan(Math.Max(0, read - EndOfData.Length), Math.Min(read, EndOfData.Length)).ToArray();
            }

            if (!watch && held.Value)
            {
                continue;
            }

            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    private static bool EndsData(byte[] tail, ReadOnlySpan<byte> chunk)
    {
        Span<byte> joined = stackalloc byte[tail.Length + chunk.Length];
        tail.CopyTo(joined);
        chunk.CopyTo(joined[tail.Length..]);
        return joined.IndexOf(EndOfData) >= 0;
    }

    public void Dispose() => Close();
}
