using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Workflow.Engine.Calendars;

/// <summary>
/// The working week of an agency: which weekdays are worked and their periods.
/// The standard day's periods also serve make-up Saturdays and the day-to-hours conversion.
/// </summary>
public sealed class WeeklySchedule
{
    private readonly ImmutableArray<WorkingPeriod> _standardDay;
    private readonly FrozenDictionary<DayOfWeek, ImmutableArray<WorkingPeriod>> _periodsByDay;

    /// <param name="standardDay">The periods of an ordinary working day, in order, not overlapping.</param>
    /// <param name="workingWeek">The weekdays worked with the standard day's periods.</param>
    /// <param name="dayPeriods">Periods of particular weekdays (an empty list closes that weekday).</param>
    public WeeklySchedule(
        IEnumerable<WorkingPeriod> standardDay,
        IEnumerable<DayOfWeek> workingWeek,
        IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>? dayPeriods = null)
    {
        _standardDay = CheckedPeriods(standardDay, nameof(standardDay));
        if (_standardDay.IsEmpty)
        {
            throw new ArgumentException("A standard working day needs at least one period.", nameof(standardDay));
        }

        var week = workingWeek.ToHashSet();
        WorkingWeek = week.Order().ToImmutableArray();
        var byDay = new Dictionary<DayOfWeek, ImmutableArray<WorkingPeriod>>();
        var special = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (dayPeriods is not null && dayPeriods.TryGetValue(day, out var own))
            {
                byDay[day] = CheckedPeriods(own, nameof(dayPeriods));
                special[day] = byDay[day];
            }
            else
            {
                byDay[day] = week.Contains(day) ? _standardDay : ImmutableArray<WorkingPeriod>.Empty;
            }
        }

        _periodsByDay = byDay.ToFrozenDictionary();
        SpecialDays = special.ToFrozenDictionary();
        if (_periodsByDay.Values.All(periods => periods.IsEmpty))
        {
            throw new ArgumentException("A working week needs at least one working day.", nameof(workingWeek));
        }

        StandardDayLength = _standardDay.Aggregate(TimeSpan.Zero, (sum, period) => sum + period.Length);
    }

    /// <summary>Monday to Friday, 07:00-11:30 and 13:30-17:00: the usual week of Vietnamese agencies.</summary>
    public static WeeklySchedule Standard { get; } = new(
        new[] { new WorkingPeriod(new(7, 0), new(11, 30)), new WorkingPeriod(new(13, 30), new(17, 0)) },
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday });

    public IReadOnlyList<WorkingPeriod> StandardDay => _standardDay;

    /// <summary>The weekdays worked with the standard day's periods.</summary>
    public IReadOnlyList<DayOfWeek> WorkingWeek { get; }

    /// <summary>Weekdays with their own periods (an empty list closes that weekday).</summary>
    public IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> SpecialDays { get; }

    /// <summary>The sum of the standard day's periods (8 hours normally): one working day in working time.</summary>
    public TimeSpan StandardDayLength { get; }

    public IReadOnlyList<WorkingPeriod> PeriodsOn(DayOfWeek day) => _periodsByDay[day];

    public bool Works(DayOfWeek day) => !_periodsByDay[day].IsEmpty;

    private static ImmutableArray<WorkingPeriod> CheckedPeriods(IEnumerable<WorkingPeriod> periods, string parameter)
    {
        var list = periods.ToImmutableArray();
        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Start < list[i - 1].End)
            {
                throw new ArgumentException($"Working periods must be in order and must not overlap ({list[i - 1]}, {list[i]}).", parameter);
            }
        }

        return list;
    }
}
