using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Reporting;

/// <summary>
/// A dossier's processing time in working days: from acceptance to result ready on the receiving
/// unit's working calendar, less the working time the statutory clock stood paused waiting for the
/// citizen (a supplement, fees or taxes), read from the deadline ledger. A restart ends a pause like a
/// resume does; the time before it still counts, because the agency held the dossier then.
/// </summary>
public static class ProcessingTime
{
    public static decimal WorkingDays(DeadlineCalculator calculator, string unitId, DateTime acceptedUtc, DateTime finishedUtc, IReadOnlyList<(string Kind, DateTime At)> clockEvents)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        return WorkingDays(calculator.ClockFor(unitId), acceptedUtc, finishedUtc, clockEvents);
    }

    /// <summary>The same with the unit's clock given, so a report builds one clock per unit, not one per dossier.</summary>
    public static decimal WorkingDays(WorkingClock clock, DateTime acceptedUtc, DateTime finishedUtc, IReadOnlyList<(string Kind, DateTime At)> clockEvents)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var accepted = new DateTimeOffset(acceptedUtc, TimeSpan.Zero);
        var finished = new DateTimeOffset(finishedUtc, TimeSpan.Zero);
        if (finished <= accepted)
        {
            return 0m;
        }

        var total = clock.Between(accepted, finished);
        var paused = TimeSpan.Zero;
        DateTimeOffset? pausedSince = null;
        foreach (var (kind, at) in clockEvents)
        {
            var instant = Clamp(new DateTimeOffset(at, TimeSpan.Zero), accepted, finished);
            if (kind == DeadlinePaused.KindName)
            {
                pausedSince ??= instant;
            }
            else if (pausedSince is { } since)
            {
                paused += clock.Between(since, instant);
                pausedSince = null;
            }
        }

        if (pausedSince is { } open)
        {
            paused += clock.Between(open, finished);
        }

        return clock.ToWorkingDays(total - paused);
    }

    private static DateTimeOffset Clamp(DateTimeOffset value, DateTimeOffset low, DateTimeOffset high) =>
        value < low ? low : value > high ? high : value;
}
