using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Workflow.Engine.Calendars;

/// <summary>
/// Which local dates are worked, and in which periods, for every unit: the weekly pattern
/// (default or a unit's own) corrected by each year's days off and make-up weekend days.
/// A year without a file falls back to the weekly pattern and says so.
/// Immutable after construction, so one instance can serve every thread.
/// </summary>
public sealed class WorkingCalendar
{
    // How far a holiday break is followed across weekend days; breaks are at most a few days.
    private const int MaxBreakSpan = 14;

    private readonly FrozenDictionary<int, CalendarYear> _years;
    private readonly FrozenDictionary<DateOnly, DayOff> _daysOff;
    private readonly FrozenDictionary<DateOnly, WorkingWeekendDay> _makeUpDays;
    private readonly FrozenDictionary<DateOnly, DayOff> _breakWeekendDays;

    public WorkingCalendar(WorkingHoursSettings workingHours, IEnumerable<CalendarYear> years)
    {
        WorkingHours = workingHours ?? throw new ArgumentNullException(nameof(workingHours));
        var byYear = new Dictionary<int, CalendarYear>();
        foreach (var year in years)
        {
            if (!byYear.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"The year {year.Year} is given twice.", nameof(years));
            }
        }

        _years = byYear.ToFrozenDictionary();
        var allDaysOff = byYear.Values.SelectMany(y => y.DaysOff).ToList();
        var allMakeUpDays = byYear.Values.SelectMany(y => y.WorkingWeekendDays).ToList();
        var repeated = allDaysOff.Select(d => d.Date).Concat(allMakeUpDays.Select(d => d.Date))
            .GroupBy(date => date).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException($"Each date may be listed once, as a day off or as a make-up day: {string.Join(", ", repeated)}.", nameof(years));
        }

        _daysOff = allDaysOff.ToFrozenDictionary(d => d.Date);
        _makeUpDays = allMakeUpDays.ToFrozenDictionary(d => d.Date);
        LoadedYears = byYear.Keys.Order().ToImmutableArray();
        ProvisionalYears = byYear.Values.Where(y => y.Provisional).Select(y => y.Year).Order().ToImmutableArray();
        _breakWeekendDays = FindBreakWeekendDays();
    }

    /// <summary>A calendar with no year files: the weekly pattern only.</summary>
    public static WorkingCalendar WeeklyOnly(WorkingHoursSettings? workingHours = null) =>
        new(workingHours ?? WorkingHoursSettings.Standard, Array.Empty<CalendarYear>());

    public WorkingHoursSettings WorkingHours { get; }

    public IReadOnlyList<int> LoadedYears { get; }

    public IReadOnlyList<int> ProvisionalYears { get; }

    public CalendarYear? FindYear(int year) => _years.GetValueOrDefault(year);

    public CalendarYearStatus StatusOf(int year) => _years.TryGetValue(year, out var data)
        ? data.Provisional ? CalendarYearStatus.Provisional : CalendarYearStatus.Official
        : CalendarYearStatus.NotLoaded;

    public WeeklySchedule ScheduleFor(string? unitId) => WorkingHours.ScheduleFor(unitId);

    public bool HasOwnWorkingHours(string? unitId) => WorkingHours.OverrideFor(unitId) is not null;

    /// <summary>
    /// Without a unit: whether the date is a statutory working day (the state's week and the
    /// official calendar), what deadlines count. With a unit: whether its desk is open that day
    /// (its reception hours), which never changes a deadline.
    /// </summary>
    public bool IsWorkingDay(DateOnly date, string? unitId = null) => WorkingPeriodsOn(date, unitId).Count > 0;

    public IReadOnlyList<WorkingPeriod> WorkingPeriodsOn(DateOnly date, string? unitId = null) => Describe(date, unitId).Periods;

    /// <summary>Whether the date is worked, its periods, and why: the statutory day without a unit, the unit's reception hours with one.</summary>
    public CalendarDay Describe(DateOnly date, string? unitId = null)
    {
        var schedule = ScheduleFor(unitId);
        var status = StatusOf(date.Year);
        if (_daysOff.TryGetValue(date, out var dayOff))
        {
            return new CalendarDay(date, CalendarDayKind.DayOff, Array.Empty<WorkingPeriod>(), status, unitId, DayOff: dayOff);
        }

        if (_makeUpDays.TryGetValue(date, out var makeUp))
        {
            // A make-up day replaces a weekday, so it is worked as a full standard day.
            return new CalendarDay(date, CalendarDayKind.MakeUpWorkingDay, schedule.StandardDay, status, unitId, MakeUpDay: makeUp);
        }

        var periods = schedule.PeriodsOn(date.DayOfWeek);
        if (periods.Count == 0)
        {
            return new CalendarDay(date, CalendarDayKind.WeeklyRestDay, periods, status, unitId);
        }

        if (!WorkingHours.Default.Works(date.DayOfWeek) && _breakWeekendDays.TryGetValue(date, out var holiday))
        {
            return new CalendarDay(date, CalendarDayKind.HolidayBreak, Array.Empty<WorkingPeriod>(), status, unitId, DayOff: holiday);
        }

        return new CalendarDay(date, CalendarDayKind.WorkingDay, periods, status, unitId);
    }

    /// <summary>Listed days off between two dates, both included, in date order.</summary>
    public IReadOnlyList<DayOff> DaysOffBetween(DateOnly first, DateOnly last) =>
        InRange(_daysOff, first, last);

    /// <summary>Make-up weekend days between two dates, both included, in date order.</summary>
    public IReadOnlyList<WorkingWeekendDay> WorkingWeekendDaysBetween(DateOnly first, DateOnly last) =>
        InRange(_makeUpDays, first, last);

    /// <summary>One sentence saying whether the date is worked and why, e.g. "Thứ Hai 16/02/2026 là ngày nghỉ: Tết Nguyên đán."</summary>
    public string ExplainDay(DateOnly date, string? unitId = null, CultureInfo? culture = null)
    {
        var day = Describe(date, unitId);
        var en = MessageLanguage.IsEnglish(culture);
        var subject = MessageLanguage.DayAndDate(date, culture, capitalised: true);
        var unit = WorkingHours.OverrideFor(unitId);
        var sentence = day.Kind switch
        {
            CalendarDayKind.WorkingDay => en
                ? $"{subject} is a working day ({MessageLanguage.Periods(day.Periods)})."
                : $"{subject} là ngày làm việc ({MessageLanguage.Periods(day.Periods)}).",
            CalendarDayKind.MakeUpWorkingDay => en
                ? $"{subject} is a working day ({MessageLanguage.Periods(day.Periods)}): {day.MakeUpDay!.DisplayName(culture)}."
                : $"{subject} là ngày làm việc ({MessageLanguage.Periods(day.Periods)}): {day.MakeUpDay!.DisplayName(culture)}.",
            CalendarDayKind.DayOff => en
                ? $"{subject} is a day off: {day.DayOff!.DisplayName(culture)}."
                : $"{subject} là ngày nghỉ: {day.DayOff!.DisplayName(culture)}.",
            CalendarDayKind.HolidayBreak => en
                ? $"{subject} is a day off for {unit!.DisplayName(culture)}: it falls inside the holiday break of {day.DayOff!.DisplayName(culture)}."
                : $"{subject} là ngày nghỉ của {unit!.DisplayName(culture)}: nằm trong đợt nghỉ {day.DayOff!.DisplayName(culture)}.",
            _ => en
                ? $"{subject} is a weekly rest day."
                : $"{subject} là ngày nghỉ hằng tuần.",
        };

        return day.YearStatus switch
        {
            CalendarYearStatus.Provisional => sentence + " " + ProvisionalYearSentence(date.Year, culture),
            CalendarYearStatus.NotLoaded => sentence + " " + YearNotLoadedSentence(date.Year, culture),
            _ => sentence,
        };
    }

    internal static string ProvisionalYearSentence(int year, CultureInfo? culture) => MessageLanguage.Pick(
        culture,
        $"Lịch năm {year} là lịch tạm tính (chưa có thông báo chính thức) nên có thể thay đổi.",
        $"The {year} calendar is provisional (not yet officially announced) and may change.");

    internal static string YearNotLoadedSentence(int year, CultureInfo? culture) => MessageLanguage.Pick(
        culture,
        $"Chưa có lịch năm {year}: chỉ áp dụng lịch làm việc hằng tuần, chưa trừ ngày nghỉ lễ, Tết của năm đó.",
        $"There is no calendar for {year}: only the weekly pattern applies, that year's holidays are not taken into account.");

    private static IReadOnlyList<T> InRange<T>(FrozenDictionary<DateOnly, T> entries, DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            return Array.Empty<T>();
        }

        // A few dozen entries a year: a linear scan is fast enough and keeps the type simple.
        return entries.Where(entry => entry.Key >= first && entry.Key <= last).OrderBy(entry => entry.Key).Select(entry => entry.Value).ToImmutableArray();
    }

    /// <summary>
    /// Weekend days inside an official break (the run of rest days around a listed day off, as
    /// the notices announce it: "nghỉ từ thứ Bảy 14/02 đến Chủ nhật 22/02"). Units that open on a
    /// weekend stay closed on these days.
    /// </summary>
    private FrozenDictionary<DateOnly, DayOff> FindBreakWeekendDays()
    {
        var found = new Dictionary<DateOnly, (DayOff Holiday, int Distance)>();
        foreach (var dayOff in _daysOff.Values)
        {
            foreach (var step in new[] { -1, 1 })
            {
                for (var distance = 1; distance <= MaxBreakSpan; distance++)
                {
                    var date = dayOff.Date.AddDays(step * distance);
                    if (_daysOff.ContainsKey(date))
                    {
                        continue;
                    }

                    if (_makeUpDays.ContainsKey(date) || WorkingHours.Default.Works(date.DayOfWeek))
                    {
                        break;
                    }

                    if (!found.TryGetValue(date, out var known) || distance < known.Distance)
                    {
                        found[date] = (dayOff, distance);
                    }
                }
            }
        }

        return found.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Holiday);
    }
}
