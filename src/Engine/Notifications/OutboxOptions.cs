namespace Workflow.Engine.Notifications;

/// <summary>How outbox delivery paces itself (<c>Outbox:*</c> in the server's configuration).</summary>
public sealed record OutboxOptions
{
    /// <summary>At most this many messages are read per query; a full batch is followed by the next at once.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>How long a node holds a message it is sending before another node may try it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts a message is marked failed for an administrator to see.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>How long delivery waits, once nothing is due, before it looks again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1, 2, …): <see cref="RetryDelay"/> doubled each time, at most <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return RetryDelay.TotalSeconds * factor >= MaxRetryDelay.TotalSeconds ? MaxRetryDelay : RetryDelay * factor;
    }
}
