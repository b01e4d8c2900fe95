using System.Collections.Concurrent;
using Workflow.Engine.Notifications;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>An SMS gateway that keeps what it is given, to read the text exactly as it would go out.</summary>
internal sealed class RecordingSmsSender : ISmsSender
{
    public ConcurrentQueue<SmsMessage> Sent { get; } = new();

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
