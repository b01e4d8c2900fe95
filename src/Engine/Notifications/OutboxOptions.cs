namespace Workflow.Engine.Notifications;

public sealed record OutboxOptions
{
    public int BatchSize { get; init; } = 50;

    /// <summary>How long a node holds a message it is sending before another node may try it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts a message is marked failed for an administrator to see.</summary>
    public int MaxAttempts { get; init; } = 8;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}
