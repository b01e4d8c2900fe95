using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Workflow.Testing.Support;

/// <summary>
/// A national portal receiver on loopback, a real HTTP listener: it records every request it reads
/// (idempotency key, credentials, body, whether it was taken) in arrival order. It can be down (not
/// listening: the connection is refused), answer 500 with a sentence, answer late, or hold its answer
/// until released (a node stopping between send and acknowledgement).
/// </summary>
public sealed class LoopbackPortal : IDisposable
{
    private readonly int _port;
    private HttpListener? _listener;
    private Task? _serving;
    private TaskCompletionSource _released = Released();

    public LoopbackPortal()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = new Uri($"http://127.0.0.1:{_port}/portal/dossiers/");
        Up();
    }

    public sealed record Request(string? Key, string? Credentials, JsonElement Body, bool Taken)
    {
        public string DossierCode => Body.GetProperty("dossierCode").GetString()!;

        public int Sequence => Body.GetProperty("sequence").GetInt32();
    }

    public Uri Endpoint { get; }

    /// <summary>While set, every request is answered 500 with this text (and recorded as not taken).</summary>
    public string? Failing { get; set; }

    /// <summary>How long the receiver takes before answering (the request is taken all the same).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, the next request is read and recorded as taken, but answered only at <see cref="Release"/>.</summary>
    public bool HoldNext { get; set; }

    public ConcurrentQueue<Request> Requests { get; } = new();

    public IReadOnlyList<Request> Taken => Requests.Where(r => r.Taken).ToList();

    /// <summary>Listens again (on the same address), answering normally.</summary>
    public void Up()
    {
        Failing = null;
        Delay = TimeSpan.Zero;
        HoldNext = false;
        if (_listener is not null)
        {
            return;
        }

        _listener = new HttpListener();
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        var listener = _listener;
        _serving = Task.Run(() => ServeAsync(listener));
    }

    /// <summary>Stops listening: connections are refused until <see cref="Up"/>.</summary>
    public void Down()
    {
        _listener?.Stop();
        _listener?.Close();
        _serving?.Wait(TimeSpan.FromSeconds(5));
        _listener = null;
    }

    public void Release()
    {
        HoldNext = false;
        _released.TrySetResult();
        _released = Released();
    }

    private async Task ServeAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var failing = Failing;
            var hold = HoldNext;
            HoldNext = false;
            Requests.Enqueue(new Request(context.Request.Headers["Idempotency-Key"], context.Request.Headers["X-Portal-Token"], body.RootElement.Clone(), failing is null));
            if (hold)
            {
                await _released.Task;
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            context.Response.StatusCode = failing is null ? 200 : 500;
            if (failing is not null)
            {
                var text = System.Text.Encoding.UTF8.GetBytes(failing);
                await context.Response.OutputStream.WriteAsync(text);
            }

            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The sender gave up (timeout) or the listener stopped: nothing to answer.
        }
    }

    private static TaskCompletionSource Released() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        Release();
        Down();
    }
}
