using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>
/// Arithmetic in statutory working time: add or subtract working hours, measure the working
/// time between two instants, find working days and their close. Instants are UTC
/// <see cref="DateTimeOffset"/>s; the work is done on Vietnamese local time internally.
/// Statutory time follows the state's working week and the official calendar's days off and
/// make-up days, whatever the unit: a unit's own reception hours (a Saturday-morning desk) are a
/// service to citizens, not extra statutory working time, so they never shorten a deadline.
/// The unit id is kept only to explain that.
/// </summary>
public sealed class WorkingClock
{
    // With valid calendar data a working day always comes within a couple of weeks; a longer
    // stretch means a schedule without working days, and counting would never end.
    private const int MaxConsecutiveRestDays = 366;

    public WorkingClock(WorkingCalendar calendar, string? unitId = null)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        UnitId = unitId;
        StandardDayLength = calendar.WorkingHours.Default.StandardDayLength;
    }

    public WorkingCalendar Calendar { get; }

    public string? UnitId { get; }

    /// <summary>One working day in working time: the sum of the state's standard day periods (8 hours normally).</summary>
    public TimeSpan StandardDayLength { get; }

    /// <summary>The statutory working periods of the date (never the unit's reception hours).</summary>
    public IReadOnlyList<WorkingPeriod> PeriodsOn(DateOnly date) => Calendar.WorkingPeriodsOn(date);

    public bool IsWorkingDay(DateOnly date) => PeriodsOn(date).Count > 0;

    /// <summary>Whether the instant lies inside one of the day's working periods.</summary>
    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = VietnamTime.LocalDateTime(instant);
        var time = TimeOnly.FromDateTime(local);
        return PeriodsOn(DateOnly.FromDateTime(local)).Any(period => period.Contains(time));
    }

    public DateOnly NextWorkingDayAfter(DateOnly date) => WorkingDayOnOrAfter(date.AddDays(1));

    public DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        for (var i = 0; i <= MaxConsecutiveRestDays; i++)
        {
            var candidate = date.AddDays(i);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }

        throw NoWorkingDay(date);
    }

    /// <summary>The close of a working day: the end of its last working period (17:00 normally).</summary>
    public DateTimeOffset CloseOf(DateOnly workingDay)
    {
        var periods = PeriodsOn(workingDay);
        if (periods.Count == 0)
        {
            throw new ArgumentException($"{VietnamTime.FormatDate(workingDay)} is not a working day.", nameof(workingDay));
        }

        return VietnamTime.FromLocal(workingDay, periods[^1].End);
    }

    /// <summary>The instant itself when it is inside working time, otherwise the start of the next working period.</summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset from)
    {
        var cursor = VietnamTime.LocalDateTime(from);
        var date = DateOnly.FromDateTime(cursor);
        for (var i = 0; i <= MaxConsecutiveRestDays; i++, date = date.AddDays(1))
        {
            foreach (var period in PeriodsOn(date))
            {
                var start = date.ToDateTime(period.Start);
                var end = date.ToDateTime(period.End);
                if (end > cursor)
                {
                    return VietnamTime.FromLocal(start > cursor ? start : cursor);
                }
            }
        }

        throw NoWorkingDay(DateOnly.FromDateTime(cursor));
    }

    /// <summary>
    /// The instant reached after counting <paramref name="workingTime"/> inside working periods
    /// from <paramref name="from"/>. When the count ends exactly at the end of a period the
    /// result is that end (17:00), not the start of the next period.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        if (workingTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), "Working time to add cannot be negative.");
        }

        if (workingTime == TimeSpan.Zero)
        {
            return from.ToUniversalTime();
        }

        var remaining = workingTime;
        var cursor = VietnamTime.LocalDateTime(from);
        var date = DateOnly.FromDateTime(cursor);
        var restDays = 0;
        while (true)
        {
            var periods = PeriodsOn(date);
            restDays = periods.Count == 0 ? restDays + 1 : 0;
            if (restDays > MaxConsecutiveRestDays)
            {
                throw NoWorkingDay(date);
            }

            foreach (var period in periods)
            {
                var end = date.ToDateTime(period.End);
                if (end <= cursor)
                {
                    continue;
                }

                var start = date.ToDateTime(period.Start);
                var counted = start > cursor ? start : cursor;
                var available = end - counted;
                if (remaining <= available)
                {
                    return VietnamTime.FromLocal(counted + remaining);
                }

                remaining -= available;
            }

            date = date.AddDays(1);
            cursor = date.ToDateTime(TimeOnly.MinValue);
        }
    }

    /// <summary>
    /// The instant <paramref name="workingTime"/> of working time before <paramref name="from"/>.
    /// When the count ends exactly at the start of a period the result is the end of the
    /// previous working period (the close of the previous working day rather than 07:00), so
    /// "one working day before a 17:00 deadline" is 17:00 the working day before.
    /// </summary>
    public DateTimeOffset Subtract(DateTimeOffset from, TimeSpan workingTime)
    {
        if (workingTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), "Working time to subtract cannot be negative.");
        }

        if (workingTime == TimeSpan.Zero)
        {
            return from.ToUniversalTime();
        }

        var remaining = workingTime;
        var cursor = VietnamTime.LocalDateTime(from);
        var date = DateOnly.FromDateTime(cursor);
        var restDays = 0;
        while (true)
        {
            var periods = PeriodsOn(date);
            restDays = periods.Count == 0 ? restDays + 1 : 0;
            if (restDays > MaxConsecutiveRestDays)
            {
                throw NoWorkingDay(date);
            }

            for (var i = periods.Count - 1; i >= 0; i--)
            {
                var start = date.ToDateTime(periods[i].Start);
                if (start >= cursor)
                {
                    continue;
                }

                var end = date.ToDateTime(periods[i].End);
                var counted = end < cursor ? end : cursor;
                if (remaining == TimeSpan.Zero)
                {
                    // The count ended exactly at the start of a later period: this period's end is the same point in working time.
                    return VietnamTime.FromLocal(counted);
                }

                var available = counted - start;
                if (remaining < available)
                {
                    return VietnamTime.FromLocal(counted - remaining);
                }

                remaining -= available;
                cursor = start;
            }

            date = date.AddDays(-1);
            cursor = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }
    }

    /// <summary>The working time inside working periods between two instants (negative when <paramref name="to"/> is earlier).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        var start = VietnamTime.LocalDateTime(from);
        var end = VietnamTime.LocalDateTime(to);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(start); date <= DateOnly.FromDateTime(end); date = date.AddDays(1))
        {
            foreach (var period in PeriodsOn(date))
            {
                var periodStart = date.ToDateTime(period.Start);
                var periodEnd = date.ToDateTime(period.End);
                var overlapStart = periodStart > start ? periodStart : start;
                var overlapEnd = periodEnd < end ? periodEnd : end;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }

        return total;
    }

    /// <summary>Working time expressed in working days (8 hours normally), e.g. 2.5.</summary>
    public decimal ToWorkingDays(TimeSpan workingTime) => (decimal)workingTime.Ticks / StandardDayLength.Ticks;

    /// <summary>Working days (fractions allowed) expressed as working time: 0.5 day is 4 hours normally.</summary>
    public TimeSpan FromWorkingDays(decimal days) => TimeSpan.FromTicks((long)decimal.Round(days * StandardDayLength.Ticks));

    private InvalidOperationException NoWorkingDay(DateOnly from) => new(
        $"No working day within {MaxConsecutiveRestDays} days of {VietnamTime.FormatDate(from)}"
        + ": the calendar's weekly schedule has no working day.");
}
