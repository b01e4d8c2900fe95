namespace Workflow.Engine.Deadlines;

/// <summary>
/// One fact in a deadline's history. Events are immutable and carry a stable <see cref="Kind"/>
/// so they can be stored as rows and read back; the ledger recomputes the due instant from them.
/// </summary>
public abstract record DeadlineEvent(DateTimeOffset At)
{
    /// <summary>The stable name stored with the row: started, paused, resumed, extended, restarted, rescheduled.</summary>
    public abstract string Kind { get; }
}
