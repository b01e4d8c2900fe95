using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Workflow.Cluster.Tests;

/// <summary>
/// An SMS provider's HTTP endpoint on loopback, as <c>HttpSmsSender</c> posts to it: it records every
/// request with its idempotency key and arrival time, and answers 503 while <see cref="Down"/>.
/// </summary>
public sealed class LoopbackSmsGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    private LoopbackSmsGateway(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/sms/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public sealed record Request(string? Key, string To, string Text, DateTime At, bool Accepted);

    public Uri Endpoint { get; }

    /// <summary>While true, every request is answered 503 Service Unavailable (and recorded as refused).</summary>
    public bool Down { get; set; }

    public ConcurrentQueue<Request> Requests { get; } = new();

    public IEnumerable<Request> Accepted => Requests.Where(r => r.Accepted);

    public static LoopbackSmsGateway Start() => new(ClusterPorts.Free());

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var accepted = !Down;
            Requests.Enqueue(new Request(context.Request.Headers["Idempotency-Key"], body.RootElement.GetProperty("to").GetString()!,
                body.RootElement.GetProperty("text").GetString()!, DateTime.UtcNow, accepted));
            context.Response.StatusCode = accepted ? 200 : 503;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
