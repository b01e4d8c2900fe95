using System.Collections.Immutable;
using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>
/// The history of one dossier's (or one step's) deadline: started, paused, resumed, extended,
/// restarted, rescheduled. Immutable: <see cref="Append"/> returns a new ledger or refuses the
/// event with a <see cref="DeadlineLedgerException"/>. <see cref="Compute"/> replays the events on
/// the working calendar, so the due instant can always be recomputed and explained.
/// A pause freezes the remaining working time: on resuming, the due instant moves by the working
/// time that elapsed while paused.
/// </summary>
public sealed class DeadlineLedger
{
    private readonly ImmutableList<DeadlineEvent> _events;

    private DeadlineLedger(ImmutableList<DeadlineEvent> events) => _events = events;

    public static DeadlineLedger Empty { get; } = new(ImmutableList<DeadlineEvent>.Empty);

    public IReadOnlyList<DeadlineEvent> Events => _events;

    public bool IsPaused => ReplayFlags(_events).Paused is not null;

    public bool IsRescheduled => _events.OfType<DeadlineRescheduled>().Any();

    public static DeadlineLedger Start(DateTimeOffset at, Duration duration, DeadlineConvention convention = DeadlineConvention.CivilCode, string? unitId = null) =>
        Empty.Append(new DeadlineStarted(at, duration, convention, unitId));

    /// <summary>Rebuilds a ledger from stored events, checking them as <see cref="Append"/> does.</summary>
    public static DeadlineLedger FromEvents(IEnumerable<DeadlineEvent> events, CultureInfo? culture = null) =>
        events.Aggregate(Empty, (ledger, e) => ledger.Append(e, culture));

    /// <summary>A new ledger with the event added, or a <see cref="DeadlineLedgerException"/> saying which rule it breaks.</summary>
    public DeadlineLedger Append(DeadlineEvent deadlineEvent, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(deadlineEvent);
        Check(deadlineEvent, culture);
        return new DeadlineLedger(_events.Add(deadlineEvent));
    }

    /// <summary>
    /// Replays the events. With a time provider, an ongoing pause counts up to now and the state
    /// says whether the deadline has passed; without one the result depends on the events only.
    /// </summary>
    public DeadlineState Compute(DeadlineCalculator calculator, TimeProvider? timeProvider = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        if (_events.IsEmpty)
        {
            throw new InvalidOperationException("An empty ledger has no deadline: append a started event first.");
        }

        var en = MessageLanguage.IsEnglish(culture);
        var started = (DeadlineStarted)_events[0];
        var clock = calculator.ClockFor(started.UnitId);
        var lines = new List<string>();
        var due = started.At;
        var countingSince = started.At;
        DeadlinePaused? pause = null;
        var pausedTotal = TimeSpan.Zero;
        var rescheduled = false;

        foreach (var e in _events)
        {
            switch (e)
            {
                case DeadlineStarted:
                {
                    var result = calculator.Calculate(started.At, started.Duration, started.Convention, started.UnitId, culture);
                    due = result.Due;
                    lines.AddRange(result.ExplanationLines);
                    break;
                }

                case DeadlinePaused paused:
                    pause = paused;
                    break;

                case DeadlineResumed resumed:
                {
                    var spent = clock.Between(pause!.At, resumed.At);
                    pausedTotal += spent;
                    var before = due;
                    due = clock.Add(due, WholeMinutes(spent));
                    lines.Add(en
                        ? $"Paused from {VietnamTime.Format(pause.At)} to {VietnamTime.Format(resumed.At)}{Reason(pause.Reason)}: {DurationText.WorkingTime(spent, clock.StandardDayLength, culture)}; due moved from {VietnamTime.Format(before)} to {VietnamTime.Format(due)}."
                        : $"Tạm dừng từ {VietnamTime.Format(pause.At)} đến {VietnamTime.Format(resumed.At)}{Reason(pause.Reason)}: {DurationText.WorkingTime(spent, clock.StandardDayLength, culture)}, hạn lùi từ {VietnamTime.Format(before)} đến {VietnamTime.Format(due)}.");
                    pause = null;
                    break;
                }

                case DeadlineExtended extended:
                {
                    var before = due;
                    var result = calculator.Calculate(due, extended.Duration, started.Convention, started.UnitId, culture);
                    due = result.Due;
                    var notCounted = result.DaysOffNotCounted.Count == 0
                        ? ""
                        : (en ? ", not counting " : ", không tính ") + DeadlineExplainer.DaysOffList(result.DaysOffNotCounted, calculator.Calendar, VietnamTime.LocalDate(before).Year != VietnamTime.LocalDate(due).Year, culture);
                    lines.Add(en
                        ? $"Extended by {DurationText.Of(extended.Duration, culture)} at {VietnamTime.Format(extended.At)}{Reason(extended.Reason)}: due moved from {VietnamTime.Format(before)} to {VietnamTime.Format(due)}{notCounted}."
                        : $"Gia hạn {DurationText.Of(extended.Duration, culture)} lúc {VietnamTime.Format(extended.At)}{Reason(extended.Reason)}: hạn từ {VietnamTime.Format(before)} thành {VietnamTime.Format(due)}{notCounted}.");
                    break;
                }

                case DeadlineRestarted restarted:
                {
                    if (pause is not null)
                    {
                        var spent = clock.Between(pause.At, restarted.At);
                        pausedTotal += spent;
                        lines.Add(en
                            ? $"Paused from {VietnamTime.Format(pause.At)} to {VietnamTime.Format(restarted.At)}{Reason(pause.Reason)}: {DurationText.WorkingTime(spent, clock.StandardDayLength, culture)}, ended by the restart."
                            : $"Tạm dừng từ {VietnamTime.Format(pause.At)} đến {VietnamTime.Format(restarted.At)}{Reason(pause.Reason)}: {DurationText.WorkingTime(spent, clock.StandardDayLength, culture)}, kết thúc khi tính lại.");
                        pause = null;
                    }

                    lines.Add(en
                        ? $"The full period counts again from {VietnamTime.Format(restarted.At)} (Decree 61/2018 art. 19.4)."
                        : $"Tính lại toàn bộ thời hạn từ {VietnamTime.Format(restarted.At)} (Nghị định 61/2018/NĐ-CP, Điều 19.4).");
                    var result = calculator.Calculate(restarted.At, started.Duration, started.Convention, started.UnitId, culture);
                    due = result.Due;
                    countingSince = restarted.At;
                    lines.AddRange(result.ExplanationLines);
                    break;
                }

                case DeadlineRescheduled reschedule:
                {
                    var latest = calculator.LatestApologyInstant(due, started.UnitId);
                    var before = due;
                    due = reschedule.NewDue.ToUniversalTime();
                    rescheduled = true;
                    lines.Add(en
                        ? $"New appointment set by the apology letter of {VietnamTime.Format(reschedule.At)}{Reason(reschedule.Reason)}: due moved from {VietnamTime.Format(before)} to {VietnamTime.Format(due)}; it can be set only once."
                        : $"Hẹn lại ngày trả kết quả theo phiếu xin lỗi lập lúc {VietnamTime.Format(reschedule.At)}{Reason(reschedule.Reason)}: hạn từ {VietnamTime.Format(before)} thành {VietnamTime.Format(due)}; chỉ được hẹn lại một lần.");
                    if (reschedule.At > latest)
                    {
                        lines.Add(en
                            ? $"The apology came after its latest time, {VietnamTime.Format(latest)} (one working day before the deadline, Decree 61/2018 art. 19.9)."
                            : $"Phiếu xin lỗi được lập sau thời điểm chậm nhất {VietnamTime.Format(latest)} (một ngày làm việc trước hạn, Nghị định 61/2018/NĐ-CP, Điều 19.9).");
                    }

                    break;
                }
            }
        }

        DateTimeOffset? now = timeProvider?.GetUtcNow().ToUniversalTime();
        if (pause is not null)
        {
            if (now is { } current && current > pause.At)
            {
                pausedTotal += clock.Between(pause.At, current);
            }

            lines.Add(en
                ? $"Paused since {VietnamTime.Format(pause.At)}{Reason(pause.Reason)}: no due instant; on resuming, the due instant moves by the working time spent paused."
                : $"Đang tạm dừng từ {VietnamTime.Format(pause.At)}{Reason(pause.Reason)}: chưa có hạn; khi tiếp tục, hạn lùi thêm đúng thời gian làm việc đã tạm dừng.");
        }
        else if (_events.Count > 1)
        {
            lines.Add(en ? $"Current due: {VietnamTime.Format(due)}." : $"Hạn hiện tại: {VietnamTime.Format(due)}.");
        }

        var running = pause is null;
        return new DeadlineState
        {
            Due = running ? due : null,
            IsPaused = !running,
            PausedSince = pause?.At.ToUniversalTime(),
            PausedWorkingTime = pausedTotal,
            CountingSince = countingSince.ToUniversalTime(),
            IsRescheduled = rescheduled,
            LatestApologyAt = running ? calculator.LatestApologyInstant(due, started.UnitId) : null,
            Now = now,
            IsOverdue = running && now is not null ? now > due : null,
            RemainingWorkingTime = running && now is not null ? clock.Between(now.Value, due) : null,
            ExplanationLines = lines.ToImmutableArray(),
        };
    }

    /// <summary>
    /// Due instants are whole minutes, so the due moves by the paused working time rounded to
    /// the nearest minute: a pause of a few seconds leaves a 17:00 due at 17:00 instead of
    /// carrying those seconds into the next working morning.
    /// </summary>
    private static TimeSpan WholeMinutes(TimeSpan workingTime) =>
        TimeSpan.FromMinutes(Math.Round(workingTime.TotalMinutes, MidpointRounding.AwayFromZero));

    private void Check(DeadlineEvent e, CultureInfo? culture)
    {
        string Say(string vietnamese, string english) => MessageLanguage.Pick(culture, vietnamese, english);

        if (_events.IsEmpty)
        {
            if (e is not DeadlineStarted start)
            {
                throw new DeadlineLedgerException(LedgerRule.MustStartFirst, Say(
                    $"Sổ theo dõi thời hạn phải bắt đầu bằng sự kiện bắt đầu tính hạn (started), không phải \"{e.Kind}\".",
                    $"A deadline ledger must begin with a \"started\" event, not \"{e.Kind}\"."));
            }

            var duration = start.Duration;
            if (duration is null
                || duration.Value < 0
                || (duration.Unit == DurationUnit.CalendarDays && decimal.Truncate(duration.Value) != duration.Value)
                || (duration.Unit == DurationUnit.SameDay && duration.Value != 0))
            {
                throw new DeadlineLedgerException(LedgerRule.InvalidDuration, Say(
                    $"Thời hạn {duration} không tính được: cần một số không âm (số nguyên với calendar-days, không có số với same-day).",
                    $"The duration {duration} cannot be counted: it needs a non-negative amount (whole for calendar-days, none for same-day)."));
            }

            return;
        }

        var last = _events[^1];
        if (e.At < last.At)
        {
            throw new DeadlineLedgerException(LedgerRule.InTimeOrder, Say(
                $"Sự kiện \"{e.Kind}\" lúc {VietnamTime.Format(e.At)} sớm hơn sự kiện \"{last.Kind}\" lúc {VietnamTime.Format(last.At)}: các sự kiện phải được ghi theo thứ tự thời gian.",
                $"The \"{e.Kind}\" event at {VietnamTime.Format(e.At)} is earlier than the \"{last.Kind}\" event at {VietnamTime.Format(last.At)}: events must be recorded in time order."));
        }

        var (paused, rescheduled) = ReplayFlags(_events);
        switch (e)
        {
            case DeadlineStarted:
                throw new DeadlineLedgerException(LedgerRule.StartsOnce, Say(
                    $"Thời hạn đã bắt đầu lúc {VietnamTime.Format(_events[0].At)}; để tính lại từ đầu, hãy ghi sự kiện tính lại (restarted).",
                    $"The deadline already started at {VietnamTime.Format(_events[0].At)}; to count again from the beginning, record a \"restarted\" event."));

            case DeadlinePaused when paused is not null:
                throw new DeadlineLedgerException(LedgerRule.AlreadyPaused, Say(
                    $"Thời hạn đang tạm dừng từ {VietnamTime.Format(paused.At)}; không thể tạm dừng thêm lần nữa.",
                    $"The deadline has been paused since {VietnamTime.Format(paused.At)}; it cannot be paused again."));

            case DeadlineResumed when paused is null:
                throw new DeadlineLedgerException(LedgerRule.NotPaused, Say(
                    "Thời hạn không tạm dừng nên không thể tiếp tục.",
                    "The deadline is not paused, so it cannot be resumed."));

            case DeadlineExtended extended when extended.Duration.Unit == DurationUnit.SameDay
                || extended.Duration.Value <= 0
                || (extended.Duration.Unit == DurationUnit.CalendarDays && decimal.Truncate(extended.Duration.Value) != extended.Duration.Value):
                throw new DeadlineLedgerException(LedgerRule.InvalidExtension, Say(
                    $"Gia hạn phải là một số dương ngày làm việc, giờ làm việc hoặc số ngày nguyên, không phải {extended.Duration}.",
                    $"An extension must be a positive number of working days, working hours or whole calendar days, not {extended.Duration}."));

            case DeadlineRescheduled when rescheduled is not null:
                throw new DeadlineLedgerException(LedgerRule.RescheduleOnlyOnce, Say(
                    $"Đã hẹn lại ngày trả kết quả lúc {VietnamTime.Format(rescheduled.At)} (hạn mới {VietnamTime.Format(rescheduled.NewDue)}); theo Nghị định 61/2018/NĐ-CP, Điều 19.9, chỉ được hẹn lại một lần.",
                    $"A new appointment was already set at {VietnamTime.Format(rescheduled.At)} (due {VietnamTime.Format(rescheduled.NewDue)}); Decree 61/2018 art. 19.9 allows it only once."));

            case DeadlineRescheduled when paused is not null:
                throw new DeadlineLedgerException(LedgerRule.RescheduleWhilePaused, Say(
                    $"Thời hạn đang tạm dừng từ {VietnamTime.Format(paused.At)}; hãy tiếp tục tính hạn trước khi hẹn lại ngày trả kết quả.",
                    $"The deadline has been paused since {VietnamTime.Format(paused.At)}; resume it before setting a new appointment."));

            case DeadlineRescheduled reschedule when reschedule.NewDue <= reschedule.At:
                throw new DeadlineLedgerException(LedgerRule.RescheduleInThePast, Say(
                    $"Ngày hẹn mới {VietnamTime.Format(reschedule.NewDue)} phải sau thời điểm lập phiếu xin lỗi {VietnamTime.Format(reschedule.At)}.",
                    $"The new appointment {VietnamTime.Format(reschedule.NewDue)} must be later than the apology letter ({VietnamTime.Format(reschedule.At)})."));
        }
    }

    private static (DeadlinePaused? Paused, DeadlineRescheduled? Rescheduled) ReplayFlags(IEnumerable<DeadlineEvent> events)
    {
        DeadlinePaused? paused = null;
        DeadlineRescheduled? rescheduled = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case DeadlinePaused p: paused = p; break;
                case DeadlineResumed or DeadlineRestarted: paused = null; break;
                case DeadlineRescheduled r: rescheduled ??= r; break;
            }
        }

        return (paused, rescheduled);
    }

    private static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason.Trim()})";
}
