namespace Workflow.Engine.Deadlines;

/// <summary>Where a deadline stands after replaying its ledger.</summary>
public sealed record DeadlineState
{
    /// <summary>The due instant in UTC; null while the clock is paused.</summary>
    public required DateTimeOffset? Due { get; init; }

    public required bool IsPaused { get; init; }

    public DateTimeOffset? PausedSince { get; init; }

    /// <summary>
    /// Working time spent paused, over every pause; an ongoing pause counts up to the time
    /// provider's now (or up to its start when no time provider was given).
    /// </summary>
    public required TimeSpan PausedWorkingTime { get; init; }

    /// <summary>When the current count started: the start, or the last restart.</summary>
    public required DateTimeOffset CountingSince { get; init; }

    public required bool IsRescheduled { get; init; }

    /// <summary>The latest instant for the apology and new appointment (one working day before the due instant); null while paused.</summary>
    public DateTimeOffset? LatestApologyAt { get; init; }

    /// <summary>The instant the state was evaluated at, when a time provider was given.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Whether the due instant has passed at <see cref="Now"/>; null when paused or no time provider was given.</summary>
    public bool? IsOverdue { get; init; }

    /// <summary>Working time left until the due instant at <see cref="Now"/> (negative when overdue); null when paused or without a time provider.</summary>
    public TimeSpan? RemainingWorkingTime { get; init; }

    public required IReadOnlyList<string> ExplanationLines { get; init; }

    public string Explanation => string.Join("\n", ExplanationLines);
}
