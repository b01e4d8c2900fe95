using System.Collections.Immutable;
using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>
/// Turns a computation into sentences an officer or a citizen can check by hand, e.g.
/// "Hạn 27/02/2026 10:00: 5 ngày làm việc từ 13/02/2026 10:00, không tính Tết Nguyên đán 16/02–20/02."
/// </summary>
internal static class DeadlineExplainer
{
    public static DeadlineResult Explain(DeadlineComputation c, WorkingClock clock, CultureInfo? culture)
    {
        var en = MessageLanguage.IsEnglish(culture);
        var calendar = clock.Calendar;
        var startDate = VietnamTime.LocalDate(c.Start);
        var dueDate = VietnamTime.LocalDate(c.Due);

        var daysOff = c.Method switch
        {
            DeadlineCountingMethod.Immediate => ImmutableArray<DayOff>.Empty,
            DeadlineCountingMethod.CalendarDays => c.NominalLastDay < dueDate ? calendar.DaysOffBetween(c.NominalLastDay.Value, dueDate) : ImmutableArray<DayOff>.Empty,
            _ => calendar.DaysOffBetween(startDate, dueDate),
        };
        var makeUpDays = c.Method is DeadlineCountingMethod.CivilCodeWorkingDays or DeadlineCountingMethod.WorkingTime
            ? calendar.WorkingWeekendDaysBetween(VietnamTime.LocalDate(c.CountingFrom), dueDate)
            : ImmutableArray<WorkingWeekendDay>.Empty;
        var years = Enumerable.Range(startDate.Year, dueDate.Year - startDate.Year + 1).ToArray();
        var provisional = years.Where(y => calendar.StatusOf(y) == CalendarYearStatus.Provisional).ToImmutableArray();
        var missing = years.Where(y => calendar.StatusOf(y) == CalendarYearStatus.NotLoaded).ToImmutableArray();

        var lines = new List<string> { Headline(c, daysOff, makeUpDays, startDate.Year != dueDate.Year, calendar, culture) };
        lines.AddRange(RuleLines(c, clock, culture));
        if (calendar.WorkingHours.OverrideFor(c.UnitId) is { } unit)
        {
            var week = StateWeek(calendar.WorkingHours.Default, culture);
            lines.Add(en
                ? $"The reception hours of {unit.DisplayName(culture)} ({unit.UnitId}) are a service to citizens and do not shorten the statutory time: working days follow the state's working week ({week}) and the official calendar of days off and make-up days."
                : $"Giờ tiếp nhận riêng của {unit.DisplayName(culture)} (mã {unit.UnitId}) là để phục vụ người dân, không rút ngắn thời hạn giải quyết: ngày làm việc tính theo tuần làm việc của cơ quan nhà nước ({week}) và lịch nghỉ, làm bù chính thức.");
        }

        lines.AddRange(provisional.Select(year => WorkingCalendar.ProvisionalYearSentence(year, culture)));
        lines.AddRange(missing.Select(year => WorkingCalendar.YearNotLoadedSentence(year, culture)));

        return new DeadlineResult
        {
            Start = c.Start,
            Due = c.Due,
            CountingFrom = c.CountingFrom,
            Duration = c.Duration,
            Convention = c.Convention,
            Method = c.Method,
            UnitId = c.UnitId,
            WorkingTime = c.WorkingTime,
            SameDay = c.SameDay,
            DaysOffNotCounted = daysOff,
            MakeUpDaysCounted = makeUpDays,
            ProvisionalYears = provisional,
            YearsWithoutCalendar = missing,
            ExplanationLines = lines.ToImmutableArray(),
        };
    }

    /// <summary>Groups consecutive days off of the same name: "Tết Nguyên đán 16/02–20/02, Giỗ Tổ Hùng Vương 27/04".</summary>
    public static string DaysOffList(IReadOnlyList<DayOff> daysOff, WorkingCalendar calendar, bool withYear, CultureInfo? culture)
    {
        var groups = new List<(string Name, DateOnly First, DateOnly Last)>();
        foreach (var dayOff in daysOff)
        {
            var name = dayOff.DisplayName(culture);
            if (groups.Count > 0 && groups[^1].Name == name && OnlyRestDaysBetween(groups[^1].Last, dayOff.Date, calendar))
            {
                groups[^1] = (name, groups[^1].First, dayOff.Date);
            }
            else
            {
                groups.Add((name, dayOff.Date, dayOff.Date));
            }
        }

        var format = withYear ? "dd/MM/yyyy" : "dd/MM";
        return string.Join(", ", groups.Select(g => g.First == g.Last
            ? $"{g.Name} {g.First.ToString(format, CultureInfo.InvariantCulture)}"
            : $"{g.Name} {g.First.ToString(format, CultureInfo.InvariantCulture)}–{g.Last.ToString(format, CultureInfo.InvariantCulture)}"));
    }

    private static string Headline(
        DeadlineComputation c,
        IReadOnlyList<DayOff> daysOff,
        IReadOnlyList<WorkingWeekendDay> makeUpDays,
        bool withYear,
        WorkingCalendar calendar,
        CultureInfo? culture)
    {
        var en = MessageLanguage.IsEnglish(culture);
        var due = VietnamTime.Format(c.Due);
        var start = VietnamTime.Format(c.Start);
        // Calendar days count holidays; listed days off only matter when the end moves past them.
        var skippedWords = c.Method == DeadlineCountingMethod.CalendarDays
            ? (en ? ", moved past " : ", lùi qua ")
            : (en ? ", not counting " : ", không tính ");
        var notCounted = daysOff.Count == 0 ? "" : skippedWords + DaysOffList(daysOff, calendar, withYear, culture);
        var counted = makeUpDays.Count == 0 ? "" : (en ? "; counting the make-up working day " : "; có tính ngày làm bù ")
            + string.Join(", ", makeUpDays.Select(d => MessageLanguage.DayAndDate(d.Date, culture)));
        return c.Method switch
        {
            DeadlineCountingMethod.Immediate => en
                ? $"Due {due}: the duration is zero, so it is due at the start."
                : $"Hạn {due}: thời hạn bằng 0 nên hạn là thời điểm bắt đầu.",
            DeadlineCountingMethod.SameDay => en
                ? $"Due {due}: same-day procedure received {start}{notCounted}."
                : $"Hạn {due}: giải quyết trong ngày, tiếp nhận {start}{notCounted}.",
            _ => en
                ? $"Due {due}: {DurationText.Of(c.Duration, culture)} from {start}{notCounted}{counted}."
                : $"Hạn {due}: {DurationText.Of(c.Duration, culture)} từ {start}{notCounted}{counted}.",
        };
    }

    private static IEnumerable<string> RuleLines(DeadlineComputation c, WorkingClock clock, CultureInfo? culture)
    {
        var en = MessageLanguage.IsEnglish(culture);
        switch (c.Method)
        {
            case DeadlineCountingMethod.CivilCodeWorkingDays:
            {
                var first = MessageLanguage.DayAndDate(c.FirstCountedDay!.Value, culture);
                var n = MessageLanguage.Number(c.Duration.Value, culture);
                var close = VietnamTime.LocalTimeOfDay(c.Due).ToString("HH:mm", CultureInfo.InvariantCulture);
                yield return en
                    ? $"Under the Civil Code (arts. 147-148) the day of receipt is not counted: working day 1 is {first}, and the period ends at the close of working day {n} ({close})."
                    : $"Theo Bộ luật Dân sự (Điều 147, 148), ngày tiếp nhận không được tính: ngày làm việc thứ nhất là {first}, hạn là cuối giờ làm việc ({close}) của ngày làm việc thứ {n}.";
                break;
            }

            case DeadlineCountingMethod.WorkingTime:
            {
                var hours = MessageLanguage.Number(DurationText.Hours(c.WorkingTime!.Value), culture);
                var dayHours = MessageLanguage.Number(DurationText.Hours(clock.StandardDayLength), culture);
                var periods = MessageLanguage.Periods(clock.Calendar.WorkingHours.Default.StandardDay);
                var days = DurationText.Of(c.Duration, culture);
                if (c.Duration.Unit == DurationUnit.WorkingHours)
                {
                    yield return en
                        ? $"Working hours are counted only inside working periods ({periods})."
                        : $"Giờ làm việc chỉ được tính trong khung giờ làm việc ({periods}).";
                }
                else if (c.Convention == DeadlineConvention.WorkingHours)
                {
                    yield return en
                        ? $"Under the working-hours convention {days} are {hours} working hours (a working day is {dayHours} hours: {periods}), counted only inside working periods."
                        : $"Theo quy ước giờ làm việc, {days} là {hours} giờ làm việc (một ngày làm việc {dayHours} giờ: {periods}), chỉ tính trong khung giờ làm việc.";
                }
                else
                {
                    yield return en
                        ? $"A fractional number of days is converted: {days} are {hours} working hours (a working day is {dayHours} hours: {periods}), counted inside working periods from the start."
                        : $"Thời hạn có phần lẻ ngày nên được quy đổi: {days} là {hours} giờ làm việc (một ngày làm việc {dayHours} giờ: {periods}), tính trong khung giờ làm việc từ thời điểm bắt đầu.";
                }

                if (c.CountingFrom != c.Start)
                {
                    var from = $"{MessageLanguage.Weekday(VietnamTime.LocalDate(c.CountingFrom).DayOfWeek, culture)} {VietnamTime.Format(c.CountingFrom)}";
                    yield return en
                        ? $"The start is outside working hours, so counting starts {from}."
                        : $"Thời điểm bắt đầu nằm ngoài giờ làm việc nên bắt đầu tính từ {from}.";
                }

                break;
            }

            case DeadlineCountingMethod.CalendarDays:
            {
                var last = c.NominalLastDay!.Value;
                var n = MessageLanguage.Number(c.Duration.Value, culture);
                var shown = MessageLanguage.DayAndDate(last, culture);
                if (clock.IsWorkingDay(last))
                {
                    yield return en
                        ? $"Counted in calendar days, rest days included, not counting the day of receipt: day {n} is {shown}, and the period ends at its close."
                        : $"Tính theo ngày, kể cả ngày nghỉ, không tính ngày tiếp nhận: ngày thứ {n} là {shown}, hạn là cuối giờ làm việc ngày đó.";
                }
                else
                {
                    var reason = RestReason(clock, last, culture);
                    yield return en
                        ? $"Counted in calendar days, rest days included, not counting the day of receipt: day {n} is {shown}, a rest day ({reason}), so the period ends at the close of the next working day (Civil Code art. 148.5)."
                        : $"Tính theo ngày, kể cả ngày nghỉ, không tính ngày tiếp nhận: ngày thứ {n} là {shown}, là ngày nghỉ ({reason}), nên hạn chuyển sang cuối giờ làm việc của ngày làm việc tiếp theo (Bộ luật Dân sự, Điều 148.5).";
                }

                break;
            }

            case DeadlineCountingMethod.SameDay:
            {
                var received = VietnamTime.LocalTimeOfDay(c.Start).ToString("HH:mm", CultureInfo.InvariantCulture);
                var cutoff = DurationText.Cutoff(c.Duration);
                var receiptDate = VietnamTime.LocalDate(c.Start);
                yield return c.SameDay switch
                {
                    SameDayOutcome.WithinCutoff => en
                        ? $"Received at {received} on a working day, not after the {cutoff} cut-off, so it is due at the close of the same day."
                        : $"Tiếp nhận lúc {received} trong ngày làm việc, không muộn hơn giờ chốt {cutoff}, nên hạn là cuối giờ làm việc cùng ngày.",
                    SameDayOutcome.AfterCutoff => en
                        ? $"Received at {received}, after the {cutoff} cut-off, so it is due at the close of the next working day."
                        : $"Tiếp nhận lúc {received}, sau giờ chốt {cutoff}, nên hạn là cuối giờ làm việc của ngày làm việc tiếp theo.",
                    SameDayOutcome.AfterClose => en
                        ? $"Received at {received}, after that day's working hours ended, so it is due at the close of the next working day."
                        : $"Tiếp nhận lúc {received}, sau khi đã hết giờ làm việc của ngày, nên hạn là cuối giờ làm việc của ngày làm việc tiếp theo.",
                    _ => en
                        ? $"The day of receipt is a rest day ({RestReason(clock, receiptDate, culture)}), so it is due at the close of the next working day."
                        : $"Ngày tiếp nhận là ngày nghỉ ({RestReason(clock, receiptDate, culture)}) nên hạn là cuối giờ làm việc của ngày làm việc tiếp theo.",
                };
                break;
            }
        }
    }

    private static string RestReason(WorkingClock clock, DateOnly date, CultureInfo? culture)
    {
        var day = clock.Calendar.Describe(date);
        return day.DayOff is { } holiday
            ? holiday.DisplayName(culture)
            : MessageLanguage.Pick(culture, "nghỉ hằng tuần", "weekly rest day");
    }

    /// <summary>"thứ Hai–thứ Sáu" / "Monday–Friday" for a run of weekdays, otherwise the days listed.</summary>
    private static string StateWeek(WeeklySchedule schedule, CultureInfo? culture)
    {
        // Monday first, as the week is written in Vietnam.
        var days = schedule.WorkingWeek.OrderBy(day => ((int)day + 6) % 7).ToList();
        var consecutive = days.Zip(days.Skip(1)).All(pair => ((int)pair.Second - (int)pair.First + 7) % 7 == 1);
        return days.Count > 2 && consecutive
            ? $"{MessageLanguage.Weekday(days[0], culture)}–{MessageLanguage.Weekday(days[^1], culture)}"
            : string.Join(", ", days.Select(day => MessageLanguage.Weekday(day, culture)));
    }

    private static bool OnlyRestDaysBetween(DateOnly earlier, DateOnly later, WorkingCalendar calendar)
    {
        for (var date = earlier.AddDays(1); date < later; date = date.AddDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                return false;
            }
        }

        return true;
    }
}
