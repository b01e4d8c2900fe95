using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>A computed due instant with what it was computed from and why it falls where it does.</summary>
public sealed record DeadlineResult
{
    /// <summary>The instant the period starts from (the receipt), in UTC.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The due instant, in UTC.</summary>
    public required DateTimeOffset Due { get; init; }

    /// <summary>
    /// Where counting actually began, in UTC: the next working period for working time, the
    /// start of working day 1 under the Civil Code, the start instant otherwise.
    /// </summary>
    public required DateTimeOffset CountingFrom { get; init; }

    public required Duration Duration { get; init; }

    public required DeadlineConvention Convention { get; init; }

    public required DeadlineCountingMethod Method { get; init; }

    public string? UnitId { get; init; }

    /// <summary>The working time counted, when the method is <see cref="DeadlineCountingMethod.WorkingTime"/>.</summary>
    public TimeSpan? WorkingTime { get; init; }

    /// <summary>For same-day procedures: whether the receipt was within the cut-off.</summary>
    public SameDayOutcome? SameDay { get; init; }

    /// <summary>Listed days off that the period passed over and did not count.</summary>
    public required IReadOnlyList<DayOff> DaysOffNotCounted { get; init; }

    /// <summary>Make-up weekend days that were counted as working days.</summary>
    public required IReadOnlyList<WorkingWeekendDay> MakeUpDaysCounted { get; init; }

    /// <summary>Years the period touches whose calendar is provisional.</summary>
    public required IReadOnlyList<int> ProvisionalYears { get; init; }

    /// <summary>Years the period touches that have no calendar file (weekly pattern only).</summary>
    public required IReadOnlyList<int> YearsWithoutCalendar { get; init; }

    /// <summary>The explanation, one sentence per line, in the requested language.</summary>
    public required IReadOnlyList<string> ExplanationLines { get; init; }

    /// <summary>The explanation lines joined by line breaks.</summary>
    public string Explanation => string.Join("\n", ExplanationLines);
}
