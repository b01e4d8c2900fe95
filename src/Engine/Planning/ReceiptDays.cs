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

    public static IReadOnlyList<ReceiptDay> For(WorkingCalendar calendar, DateOnly from) =>
        Cache.GetOrCreateValue(calendar).GetOrAdd(from, start => Find(calendar, start));

    private static List<ReceiptDay> Find(WorkingCalendar calendar, DateOnly from)
    {
        var days = new List<ReceiptDay>();
        var working = new bool[DaysAhead + MaxBreak + 2];
        for (var i = 0; i < working.Length; i++)
        {
            working[i] = calendar.IsWorkingDay(from.AddDays(i - 1));
        }

        for (var i = 1; i <= DaysAhead; i++)
        {
            if (!working[i])
            {
                continue;
            }

            var before = !working[i + 1];
            var after = !working[i - 1];
            if (!before && !after)
            {
                continue;
            }

            DayOff? holiday = null;
            for (var j = i + 1; before && holiday is null && j < working.Length && !working[j]; j++)
            {
                holiday = calendar.Describe(from.AddDays(j - 1)).DayOff;
            }

            days.Add(new ReceiptDay(from.AddDays(i - 1), before, holiday, after));
        }

        return days;
    }
}
