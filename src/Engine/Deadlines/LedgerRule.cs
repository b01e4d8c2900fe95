namespace Workflow.Engine.Deadlines;

/// <summary>The rule an event broke when a ledger refused it.</summary>
public enum LedgerRule
{
    /// <summary>The first event must be <see cref="DeadlineStarted"/>.</summary>
    MustStartFirst,

    /// <summary>A ledger starts once; counting again is a <see cref="DeadlineRestarted"/>.</summary>
    StartsOnce,

    /// <summary>Events are recorded in time order.</summary>
    InTimeOrder,

    /// <summary>A pause while already paused.</summary>
    AlreadyPaused,

    /// <summary>A resume without a pause.</summary>
    NotPaused,

    /// <summary>The new appointment can be set only once (Decree 61/2018 art. 19.9).</summary>
    RescheduleOnlyOnce,

    /// <summary>The clock must run when a new appointment is set.</summary>
    RescheduleWhilePaused,

    /// <summary>The new appointment must be later than the apology itself.</summary>
    RescheduleInThePast,

    /// <summary>The started duration cannot be counted (negative, fractional calendar days, a same-day amount).</summary>
    InvalidDuration,

    /// <summary>An extension must be a positive number of working days, working hours or calendar days.</summary>
    InvalidExtension,
}
