using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>
/// Computes due instants on the working calendar, under the Civil Code convention (default) or
/// the working-hours one, and explains them. Stateless apart from the immutable calendar, so one
/// instance can serve every thread.
/// </summary>
public sealed class DeadlineCalculator
{
    public DeadlineCalculator(WorkingCalendar calendar)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    public WorkingCalendar Calendar { get; }

    public WorkingClock ClockFor(string? unitId = null) => new(Calendar, unitId);

    /// <summary>
    /// The due instant (UTC) of a period of <paramref name="duration"/> starting at
    /// <paramref name="start"/>, with its explanation in the culture's language (Vietnamese unless English is asked for).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative duration.</exception>
    /// <exception cref="ArgumentException">A fractional number of calendar days, or a same-day duration with a value.</exception>
    public DeadlineResult Calculate(
        DateTimeOffset start,
        Duration duration,
        DeadlineConvention convention = DeadlineConvention.CivilCode,
        string? unitId = null,
        CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(duration);
        Validate(duration);
        var clock = ClockFor(unitId);
        var computation = Compute(start.ToUniversalTime(), duration, convention, clock);
        return DeadlineExplainer.Explain(computation, clock, culture);
    }

    /// <summary>
    /// The due instant (UTC) of <see cref="Calculate"/> without its explanation, for planning many
    /// receipts at once (the statutory-time check plans hundreds per definition).
    /// </summary>
    public DateTimeOffset Due(DateTimeOffset start, Duration duration, DeadlineConvention convention = DeadlineConvention.CivilCode, string? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(duration);
        Validate(duration);
        return Compute(start.ToUniversalTime(), duration, convention, ClockFor(unitId)).Due;
    }

    /// <summary>Counts working time inside the unit's working periods.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime, string? unitId = null) =>
        ClockFor(unitId).Add(from, workingTime);

    /// <summary>Counts working time backwards; see <see cref="WorkingClock.Subtract"/> for where it lands.</summary>
    public DateTimeOffset SubtractWorkingTime(DateTimeOffset from, TimeSpan workingTime, string? unitId = null) =>
        ClockFor(unitId).Subtract(from, workingTime);

    /// <summary>
    /// The instant a lead time before a due instant, e.g. a reminder one working day before.
    /// Working days and hours are counted in working time (1 day = the standard day, 8 hours);
    /// calendar days are plain days.
    /// </summary>
    public DateTimeOffset SubtractLead(DateTimeOffset due, Duration lead, string? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(lead);
        Validate(lead);
        var clock = ClockFor(unitId);
        return lead.Unit switch
        {
            DurationUnit.WorkingDays => clock.Subtract(due, clock.FromWorkingDays(lead.Value)),
            DurationUnit.WorkingHours => clock.Subtract(due, HoursToTime(lead.Value)),
            DurationUnit.CalendarDays => due.ToUniversalTime().AddDays(-(double)lead.Value),
            _ => throw new ArgumentException("A same-day duration cannot be used as a lead time.", nameof(lead)),
        };
    }

    /// <summary>
    /// The latest instant to send the apology and new appointment: one working day before the
    /// deadline (Decree 61/2018 art. 19.9).
    /// </summary>
    public DateTimeOffset LatestApologyInstant(DateTimeOffset due, string? unitId = null) =>
        SubtractLead(due, Duration.WorkingDays(1), unitId);

    /// <summary>Working time between two instants, for statistics (negative when <paramref name="to"/> is earlier).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to, string? unitId = null) =>
        ClockFor(unitId).Between(from, to);

    /// <summary>Working time between two instants in working days of 8 hours (the unit's standard day), e.g. 2.5.</summary>
    public decimal WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to, string? unitId = null)
    {
        var clock = ClockFor(unitId);
        return clock.ToWorkingDays(clock.Between(from, to));
    }

    /// <summary>Working time equivalent of a working-day or working-hour duration (1 day = the standard day).</summary>
    public TimeSpan ToWorkingTime(Duration duration, string? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(duration);
        return duration.Unit switch
        {
            DurationUnit.WorkingDays => ClockFor(unitId).FromWorkingDays(duration.Value),
            DurationUnit.WorkingHours => HoursToTime(duration.Value),
            _ => throw new ArgumentException($"{duration} is not a working-time duration.", nameof(duration)),
        };
    }

    private static DeadlineComputation Compute(DateTimeOffset start, Duration duration, DeadlineConvention convention, WorkingClock clock)
    {
        var receiptDate = VietnamTime.LocalDate(start);
        var basis = new DeadlineComputation(start, start, start, duration, convention, DeadlineCountingMethod.Immediate, clock.UnitId);
        if (duration.Unit != DurationUnit.SameDay && duration.Value == 0)
        {
            return basis;
        }

        switch (duration.Unit)
        {
            case DurationUnit.WorkingDays when convention == DeadlineConvention.CivilCode && decimal.Truncate(duration.Value) == duration.Value:
            {
                // Civil Code art. 147: the day of receipt is not counted, whatever the hour.
                var firstDay = clock.NextWorkingDayAfter(receiptDate);
                var day = firstDay;
                for (var counted = 1; counted < duration.Value; counted++)
                {
                    day = clock.NextWorkingDayAfter(day);
                }

                return basis with
                {
                    Method = DeadlineCountingMethod.CivilCodeWorkingDays,
                    Due = clock.CloseOf(day),
                    CountingFrom = VietnamTime.FromLocal(firstDay, clock.PeriodsOn(firstDay)[0].Start),
                    FirstCountedDay = firstDay,
                };
            }

            case DurationUnit.WorkingDays:
            case DurationUnit.WorkingHours:
            {
                var workingTime = duration.Unit == DurationUnit.WorkingDays ? clock.FromWorkingDays(duration.Value) : HoursToTime(duration.Value);
                return basis with
                {
                    Method = DeadlineCountingMethod.WorkingTime,
                    Due = clock.Add(start, workingTime),
                    CountingFrom = clock.NextWorkingInstant(start),
                    WorkingTime = workingTime,
                };
            }

            case DurationUnit.CalendarDays:
            {
                var nominal = receiptDate.AddDays((int)duration.Value);
                return basis with
                {
                    Method = DeadlineCountingMethod.CalendarDays,
                    Due = clock.CloseOf(clock.WorkingDayOnOrAfter(nominal)),
                    NominalLastDay = nominal,
                };
            }

            default:
            {
                var cutoff = duration.Cutoff ?? Duration.DefaultSameDayCutoff;
                var received = VietnamTime.LocalTimeOfDay(start);
                SameDayOutcome outcome;
                if (!clock.IsWorkingDay(receiptDate))
                {
                    outcome = SameDayOutcome.OnRestDay;
                }
                else if (received > cutoff)
                {
                    outcome = SameDayOutcome.AfterCutoff;
                }
                else
                {
                    outcome = start > clock.CloseOf(receiptDate) ? SameDayOutcome.AfterClose : SameDayOutcome.WithinCutoff;
                }

                var dueDay = outcome == SameDayOutcome.WithinCutoff ? receiptDate : clock.NextWorkingDayAfter(receiptDate);
                return basis with { Method = DeadlineCountingMethod.SameDay, Due = clock.CloseOf(dueDay), SameDay = outcome };
            }
        }
    }

    private static void Validate(Duration duration)
    {
        if (duration.Value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), $"A duration cannot be negative ({duration}).");
        }

        if (duration.Unit == DurationUnit.CalendarDays && decimal.Truncate(duration.Value) != duration.Value)
        {
            throw new ArgumentException($"Calendar days must be a whole number ({duration}).", nameof(duration));
        }

        // A hundred years of days: far beyond any statutory time, and it keeps a typo from looping for minutes.
        if (duration.Value > (duration.Unit == DurationUnit.WorkingHours ? 36500m * 24 : 36500m))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), $"A period of {duration} is beyond any statutory time.");
        }

        if (duration.Unit == DurationUnit.SameDay && duration.Value != 0)
        {
            throw new ArgumentException($"A same-day duration has no amount ({duration.Value.ToString(CultureInfo.InvariantCulture)} given).", nameof(duration));
        }
    }

    private static TimeSpan HoursToTime(decimal hours) => TimeSpan.FromTicks((long)decimal.Round(hours * TimeSpan.TicksPerHour));
}
