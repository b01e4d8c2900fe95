using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Planning;

/// <summary>
/// Does the internal process fit the statutory time? Plans the route that finishes last
/// (<see cref="LatestRoutePlanner"/>) with the simulator's arithmetic (<see cref="ProcessClock"/>)
/// for dossiers received at every instant of a working day where the answer can change — opening,
/// just before and at the close, 16:00, each cut-off and the minute after it, the lunch break, and
/// the receipts whose working-time steps end just after a close or a cut-off, where a step counted
/// in whole days loses the rest of a day — on the working days before weekends and holidays (and
/// after them) over a year of the version's validity, and keeps the receipt that overruns most.
/// </summary>
/// <remarks>
/// Deadlines counted in working days, working hours or the same day depend only on working time, in
/// which every working day is alike: without calendar days, two days (the first eve of a holiday,
/// then of a weekend) give the answer. With calendar days, the days around each holiday of the
/// year and an ordinary week are tried. The designer runs this after every edit, so it must stay
/// fast: on a shared 2-core machine under a load average of 60 (bench <c>load</c>, 2026-12-07), about
/// 1 ms per shipped definition (some 40 receipts planned), 16 ms for one counted in calendar days
/// (some 500); trying every eve and first day after a break instead took 176 ms.
/// </remarks>
public sealed class StatutoryTimeCheck(WorkingCalendar calendar, DeadlineConvention defaultConvention = DeadlineConvention.CivilCode)
{
    // Without any year file every week is alike, so any date serves as the start.
    private static readonly DateOnly StartWithoutCalendar = new(2024, 1, 1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeOnly LateAfternoon = new(16, 0);

    // Distinct working times before a day-counted step: a few per route, more is a generated process.
    private const int MaxAnchors = 16;

    /// <summary>The worst receipt, or null when the definition cannot be planned (no start, a duration the calculator refuses, a calendar without working days); other rules report those.</summary>
    public StatutoryTimeFit? Check(ProcedureDefinition definition)
    {
        var planner = new LatestRoutePlanner(definition.Process);
        if (!planner.HasStart)
        {
            return null;
        }

        var clock = ProcessClock.For(new DeadlineCalculator(calendar), definition, defaultConvention);
        var statutory = definition.StatutoryTime.ToDuration();
        try
        {
            var anchors = planner.WorkingTimesBeforeDayCountedSteps(step => WorkingTime(clock, step), MaxAnchors);
            var cutoffs = Cutoffs(definition);
            StatutoryTimeFit? worst = null;
            var planned = 0;
            var fitsAtOpening = true;
            foreach (var day in DaysToTry(definition))
            {
                var periods = calendar.WorkingPeriodsOn(day.Date);
                foreach (var time in Instants(periods, cutoffs, anchors))
                {
                    var received = VietnamTime.FromLocal(day.Date, time);
                    var due = clock.StatutoryDue(received, statutory);
                    var (finish, route) = planner.Plan(received, (step, start) => StepDue(clock, step, start));
                    var overrun = clock.Calculator.WorkingTimeBetween(due, finish);
                    planned++;
                    if (time == periods[0].Start && finish > due)
                    {
                        fitsAtOpening = false;
                    }

                    if (worst is null || overrun > worst.Overrun)
                    {
                        worst = new StatutoryTimeFit(statutory, day, received, due, finish, overrun, route, true, 0);
                    }
                }
            }

            return worst is null ? null : worst with { FitsAtOpening = fitsAtOpening, ReceiptsPlanned = planned };
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private IEnumerable<ReceiptDay> DaysToTry(ProcedureDefinition definition)
    {
        var first = calendar.LoadedYears.Count > 0 ? new DateOnly(calendar.LoadedYears[0], 1, 1) : StartWithoutCalendar;
        var from = definition.EffectiveFrom is { } effective && effective > first ? effective : first;
        var days = ReceiptDays.For(calendar, from);
        var holidayEves = days.Where(d => d.HolidayAhead is not null).ToList();
        var weekendEves = days.Where(d => d.BeforeRest && d.HolidayAhead is null);
        if (!CountsCalendarDays(definition))
        {
            IEnumerable<ReceiptDay> two = [.. holidayEves.Take(1), .. weekendEves.Take(1)];
            return two.Any() ? two : [ReceiptDays.Describe(calendar, new WorkingClock(calendar).WorkingDayOnOrAfter(from))!];
        }

        // Calendar days count rest days too: each holiday's eve and first working day after, the day whose
        // statutory last day lands just after the holiday (its due is then the least working days away),
        // and a whole ordinary week for the weekends.
        var clock = new WorkingClock(calendar);
        var afterHolidays = days.Where(d => d.HolidayBehind is not null).ToList();
        var landing = definition.StatutoryTime.Unit == DurationUnit.CalendarDays && definition.StatutoryTime.Value > 0
            ? afterHolidays.Select(d => WorkingDayOnOrBefore(d.Date.AddDays(-(int)definition.StatutoryTime.Value))).OfType<DateOnly>()
            : [];
        var week = Enumerable.Range(0, 7).Select(i => ReceiptDays.Describe(calendar, clock.WorkingDayOnOrAfter(from).AddDays(i))).OfType<ReceiptDay>();
        return holidayEves.Concat(afterHolidays).Concat(landing.Select(d => ReceiptDays.Describe(calendar, d)!)).Concat(week).DistinctBy(d => d.Date);
    }

    private DateOnly? WorkingDayOnOrBefore(DateOnly date)
    {
        for (var i = 0; i < 14; i++)
        {
            if (calendar.IsWorkingDay(date.AddDays(-i)))
            {
                return date.AddDays(-i);
            }
        }

        return null;
    }

    private static bool CountsCalendarDays(ProcedureDefinition definition) =>
        definition.StatutoryTime.Unit == DurationUnit.CalendarDays
        || definition.Process.Steps.Any(s => s.Kind == StepKind.Task && s.Duration?.Unit == DurationUnit.CalendarDays);

    private static List<TimeOnly> Cutoffs(ProcedureDefinition definition) =>
        definition.Process.Steps.Where(s => s.Kind == StepKind.Task).Select(s => s.Duration).OfType<DurationSpec>().Where(d => d.Unit == DurationUnit.SameDay).Select(d => d.ToDuration())
            .Append(definition.StatutoryTime.ToDuration())
            .Where(d => d.Unit == DurationUnit.SameDay)
            .Select(d => d.Cutoff ?? Duration.DefaultSameDayCutoff)
            .Distinct()
            .ToList();

    /// <summary>The receipt times of one day, in the order ties are reported: the named instants first, then those that put a step's start at a boundary.</summary>
    private static IEnumerable<TimeOnly> Instants(IReadOnlyList<WorkingPeriod> periods, List<TimeOnly> cutoffs, IReadOnlySet<TimeSpan> anchors)
    {
        var open = periods[0].Start;
        var close = periods[^1].End;
        var length = Offset(periods, close);
        var named = new List<TimeOnly> { LateAfternoon, close.Add(-Minute), close, open };
        named.AddRange(cutoffs.SelectMany(c => new[] { c, c.Add(Minute) }));
        named.AddRange(periods.SelectMany(p => new[] { p.End.Add(-Minute), p.Start }));

        // Where a step counted from the close of a day starts: just after the opening, at the close, or either side of a cut-off.
        var boundaries = new List<TimeSpan> { Minute, length };
        boundaries.AddRange(cutoffs.SelectMany(c => new[] { Offset(periods, c), Offset(periods, c) + Minute }));
        var shifted = anchors.Where(a => a > TimeSpan.Zero).Order()
            .SelectMany(a => boundaries.Select(b => TimeAt(periods, TimeSpan.FromTicks((((b - a).Ticks % length.Ticks) + length.Ticks) % length.Ticks))));
        return named.Where(t => t >= open && t <= close).Concat(shifted).Distinct();
    }

    // Working time from the opening to a time of day.
    private static TimeSpan Offset(IReadOnlyList<WorkingPeriod> periods, TimeOnly time) =>
        periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (time <= p.Start ? TimeSpan.Zero : (time < p.End ? time : p.End) - p.Start));

    private static TimeOnly TimeAt(IReadOnlyList<WorkingPeriod> periods, TimeSpan offset)
    {
        foreach (var period in periods)
        {
            var length = period.End - period.Start;
            if (offset < length)
            {
                return period.Start.Add(offset);
            }

            offset -= length;
        }

        return periods[^1].End;
    }

    // The working time a task takes when its due instant is its start plus working time; null when it depends on the date it starts.
    private static TimeSpan? WorkingTime(ProcessClock clock, StepDefinition step)
    {
        if (step.Kind != StepKind.Task || step.Duration?.ToDuration() is not { } duration || (duration.Value == 0 && duration.Unit != DurationUnit.SameDay))
        {
            return TimeSpan.Zero;
        }

        return clock.CountsInWorkingTime(duration) ? clock.Calculator.ToWorkingTime(duration) : null;
    }

    // A duration the calculator refuses is reported by the schema and other rules; here it takes no time.
    internal static DateTimeOffset StepDue(ProcessClock clock, StepDefinition step, DateTimeOffset start)
    {
        try
        {
            return clock.StepDue(step, start);
        }
        catch (ArgumentException)
        {
            return start;
        }
    }
}
