namespace Workflow.Engine.Deadlines;

/// <summary>The facts of one calculation that its explanation needs.</summary>
internal sealed record DeadlineComputation(
    DateTimeOffset Start,
    DateTimeOffset Due,
    DateTimeOffset CountingFrom,
    Duration Duration,
    DeadlineConvention Convention,
    DeadlineCountingMethod Method,
    string? UnitId)
{
    public TimeSpan? WorkingTime { get; init; }

    /// <summary>Civil Code: the first working day counted (the day after the receipt date or later).</summary>
    public DateOnly? FirstCountedDay { get; init; }

    /// <summary>Calendar days: the Nth day after the receipt date, before any move to a working day.</summary>
    public DateOnly? NominalLastDay { get; init; }

    public SameDayOutcome? SameDay { get; init; }
}
