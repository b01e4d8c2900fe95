using CsCheck;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>
/// Properties of working-time arithmetic on the shipped calendars (2025–2026: Tết, swapped
/// Saturdays, lunch breaks), checked on thousands of generated instants and durations; a failure
/// prints the smallest counterexample and the seed that reproduces it.
/// </summary>
public class WorkingTimeProperties
{
    private const int Iterations = 3000;

    private static readonly WorkingClock Clock = RealCalendar.Calculator.ClockFor(null);

    /// <summary>Any instant of 2025 and 2026, to the second (appointments later than 2026 would reach the provisional 2027).</summary>
    private static readonly Gen<DateTimeOffset> Instant =
        Gen.Long[0, (long)(new DateTime(2026, 11, 30) - new DateTime(2025, 1, 2)).TotalSeconds]
            .Select(seconds => VietnamTime.FromLocal(new DateTime(2025, 1, 2).AddSeconds(seconds)));

    /// <summary>Up to 20 working days of working time, to the second.</summary>
    private static readonly Gen<TimeSpan> WorkingTime = Gen.Long[0, 20 * 8 * 3600].Select(seconds => TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Adding_working_time_then_measuring_it_gives_it_back()
    {
        Gen.Select(Instant, WorkingTime).Sample((from, time) => Clock.Between(from, Clock.Add(from, time)) == time, iter: Iterations);
    }

    [Fact]
    public void A_due_reached_by_adding_working_time_is_inside_a_working_period_never_on_a_day_off()
    {
        Gen.Select(Instant, WorkingTime.Where(t => t > TimeSpan.Zero)).Sample((from, time) =>
        {
            var due = VietnamTime.LocalDateTime(Clock.Add(from, time));
            var day = DateOnly.FromDateTime(due);
            return Clock.IsWorkingDay(day)
                && Clock.PeriodsOn(day).Any(p => day.ToDateTime(p.Start) < due && due <= day.ToDateTime(p.End));
        }, iter: Iterations);
    }

    [Fact]
    public void Adding_then_subtracting_returns_to_the_start_or_its_equivalent_in_working_time()
    {
        Gen.Select(Instant, WorkingTime).Sample((from, time) =>
        {
            var back = Clock.Subtract(Clock.Add(from, time), time);
            var (earlier, later) = back <= from ? (back, from) : (from, back);
            // Outside working time (a night, a lunch break) every instant up to the next period is the same point.
            return Clock.Between(earlier, later) == TimeSpan.Zero
                && (!StrictlyInsideAPeriod(from) || back == from.ToUniversalTime());
        }, iter: Iterations);
    }

    [Fact]
    public void A_pause_never_brings_a_due_forward_and_an_empty_pause_changes_nothing()
    {
        var started = Instant.Select(s => s.AddSeconds(-s.Second));
        Gen.Select(started, Gen.Int[1, 15], Gen.Long[0, 30 * 24 * 3600], Gen.Long[0, 15 * 24 * 3600])
            .Sample((start, days, pauseAfter, pauseLength) =>
            {
                var ledger = DeadlineLedger.Start(start, Duration.WorkingDays(days));
                var due = ledger.Compute(RealCalendar.Calculator).Due!.Value;
                var pausedAt = start.AddSeconds(pauseAfter);
                var paused = ledger.Append(new DeadlinePaused(pausedAt, "chờ bổ sung"));
                var resumed = paused.Append(new DeadlineResumed(pausedAt.AddSeconds(pauseLength))).Compute(RealCalendar.Calculator).Due!.Value;
                var emptyPause = paused.Append(new DeadlineResumed(pausedAt)).Compute(RealCalendar.Calculator).Due!.Value;
                return resumed >= due && emptyPause == due;
            }, iter: 1000);
    }

    private static bool StrictlyInsideAPeriod(DateTimeOffset instant)
    {
        var local = VietnamTime.LocalDateTime(instant);
        var day = DateOnly.FromDateTime(local);
        return Clock.PeriodsOn(day).Any(p => day.ToDateTime(p.Start) < local && local < day.ToDateTime(p.End));
    }
}
