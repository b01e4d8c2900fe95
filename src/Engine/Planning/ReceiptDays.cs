using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Planning;

/// <summary>
/// The working days next to rest days over a year from a date, in date order: where deadlines
/// jump. Kept per calendar (the calendar is immutable, and the designer checks every edit of a
/// version against the same year).
/// </summary>
public static class ReceiptDays
{
    public const int DaysAhead = 366;

    // Breaks are at most a couple of weeks; further means a calendar without working days.
    private const int MaxBreak = 21;

    private static readonly ConditionalWeakTable<WorkingCalendar, ConcurrentDictionary<DateOnly, IReadOnlyList<ReceiptDay>>> Cache = new();

    // Versions take effect on a handful of dates; an analyst typing dates must not grow it for ever.
    private const int MaxStartsPerCalendar = 64;

    public static IReadOnlyList<ReceiptDay> For(WorkingCalendar calendar, DateOnly from)
    {
        var cached = Cache.GetOrCreateValue(calendar);
        if (cached.Count > MaxStartsPerCalendar)
        {
            cached.Clear();
        }

        return cached.GetOrAdd(from, start => Enumerable.Range(0, DaysAhead)
            .Select(i => Describe(calendar, start.AddDays(i)))
            .OfType<ReceiptDay>()
            .Where(d => d.BeforeRest || d.AfterRest)
            .ToList());
    }

    /// <summary>Where a working day stands between rest days; null for a rest day.</summary>
    public static ReceiptDay? Describe(WorkingCalendar calendar, DateOnly date) =>
        calendar.IsWorkingDay(date)
            ? new ReceiptDay(date, !calendar.IsWorkingDay(date.AddDays(1)), HolidayIn(calendar, date, 1), !calendar.IsWorkingDay(date.AddDays(-1)), HolidayIn(calendar, date, -1))
            : null;

    // The first listed day off in the run of rest days next to a working day, ahead of it or behind it.
    private static DayOff? HolidayIn(WorkingCalendar calendar, DateOnly date, int direction)
    {
        for (var i = 1; i <= MaxBreak && !calendar.IsWorkingDay(date.AddDays(i * direction)); i++)
        {
            if (calendar.Describe(date.AddDays(i * direction)).DayOff is { } holiday)
            {
                return holiday;
            }
        }

        return null;
    }
}
