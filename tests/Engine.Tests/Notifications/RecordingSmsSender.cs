using System.Collections.Concurrent;
using Workflow.Engine.Notifications;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>An SMS gateway that keeps what it is given, to read the text exactly as it would go out; while down, it refuses every message.</summary>
internal sealed class RecordingSmsSender : ISmsSender
{
    public ConcurrentQueue<SmsMessage> Sent { get; } = new();

    public bool Down { get; set; }

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        if (Down)
        {
            throw new HttpRequestException("The SMS gateway answered 503 Service Unavailable.");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
