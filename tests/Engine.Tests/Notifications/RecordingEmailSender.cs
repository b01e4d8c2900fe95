using System.Collections.Concurrent;
using Workflow.Engine.Notifications;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>A mail server that keeps what it is given, to count what each recipient received.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
