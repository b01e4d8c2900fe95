using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>
/// A dossier received Mon 02/03/2026 08:00 with 10 working days is due Mon 16/03/2026 17:00
/// (Tue 03 is day 1 ... Mon 16 is day 10); the scenarios below change that.
/// </summary>
public class DeadlineLedgerTests
{
    private static readonly DateTimeOffset Received = Vn.At(2026, 3, 2, 8, 0);

    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    private static DeadlineLedger Started() => DeadlineLedger.Start(Received, Duration.WorkingDays(10));

    private static FakeTimeProvider ClockAt(DateTimeOffset now) => new(now);

    [Fact]
    public void A_started_ledger_is_due_as_the_calculator_says()
    {
        var state = Started().Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 16, 17, 0), state.Due);
        Assert.False(state.IsPaused);
        Assert.Equal(Vn.At(2026, 3, 13, 17, 0), state.LatestApologyAt);
        Assert.Equal(Calculator.Calculate(Received, Duration.WorkingDays(10)).ExplanationLines, state.ExplanationLines);
    }

    [Fact]
    public void A_pause_moves_the_due_instant_by_the_working_time_spent_paused()
    {
        // Wed 04/03 08:00 - Mon 09/03 08:00: 7 h + 8 h + 8 h + 1 h = 24 h = 3 working days.
        var ledger = Started()
            .Append(new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), "chờ nộp thuế"))
            .Append(new DeadlineResumed(Vn.At(2026, 3, 9, 8, 0)));
        var state = ledger.Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 19, 17, 0), state.Due);
        Assert.Equal(TimeSpan.FromHours(24), state.PausedWorkingTime);
        Assert.Equal(
            "Tạm dừng từ 04/03/2026 08:00 đến 09/03/2026 08:00 (chờ nộp thuế): 3 ngày làm việc, hạn lùi từ 16/03/2026 17:00 đến 19/03/2026 17:00.",
            state.ExplanationLines[^2]);
        Assert.Equal("Hạn hiện tại: 19/03/2026 17:00.", state.ExplanationLines[^1]);
    }

    [Fact]
    public void While_paused_there_is_no_due_instant_and_the_pause_counts_up_to_now()
    {
        var ledger = Started().Append(new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), "chờ nộp thuế"));
        // Fri 06/03 12:00: Wed 7 h + Thu 8 h + Fri morning 4.5 h = 19.5 h.
        var state = ledger.Compute(Calculator, ClockAt(Vn.At(2026, 3, 6, 12, 0)));
        Assert.Null(state.Due);
        Assert.True(state.IsPaused);
        Assert.Equal(Vn.At(2026, 3, 4, 8, 0), state.PausedSince);
        Assert.Equal(TimeSpan.FromHours(19.5), state.PausedWorkingTime);
        Assert.Null(state.IsOverdue);
        Assert.Null(state.LatestApologyAt);
        Assert.StartsWith("Đang tạm dừng từ 04/03/2026 08:00 (chờ nộp thuế): chưa có hạn", state.ExplanationLines[^1]);
    }

    [Fact]
    public void An_extension_counts_from_the_current_due_instant()
    {
        // After the pause the due is Thu 19/03 17:00; 2 more working days: Fri 20, Mon 23.
        var state = Started()
            .Append(new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), "chờ nộp thuế"))
            .Append(new DeadlineResumed(Vn.At(2026, 3, 9, 8, 0)))
            .Append(new DeadlineExtended(Vn.At(2026, 3, 10, 9, 0), Duration.WorkingDays(2), "hồ sơ nhiều bản sao"))
            .Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 23, 17, 0), state.Due);
        Assert.Equal(
            "Gia hạn 2 ngày làm việc lúc 10/03/2026 09:00 (hồ sơ nhiều bản sao): hạn từ 19/03/2026 17:00 thành 23/03/2026 17:00.",
            state.ExplanationLines[^2]);
    }

    [Fact]
    public void A_restart_counts_the_full_duration_again_and_ends_the_pause()
    {
        // Supplement requested Wed 04/03 08:00, complete dossier Tue 10/03 09:00: 10 working days from then end Tue 24/03.
        var state = Started()
            .Append(new DeadlineExtended(Vn.At(2026, 3, 3, 8, 0), Duration.WorkingDays(2), "gia hạn trước"))
            .Append(new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), "yêu cầu bổ sung hồ sơ"))
            .Append(new DeadlineRestarted(Vn.At(2026, 3, 10, 9, 0)))
            .Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 24, 17, 0), state.Due);
        Assert.False(state.IsPaused);
        Assert.Equal(Vn.At(2026, 3, 10, 9, 0), state.CountingSince);
        // Wed 7 h + Thu 8 h + Fri 8 h + Mon 8 h + Tue 07:00-09:00 2 h.
        Assert.Equal(TimeSpan.FromHours(33), state.PausedWorkingTime);
        Assert.Contains("Tính lại toàn bộ thời hạn từ 10/03/2026 09:00 (Nghị định 61/2018/NĐ-CP, Điều 19.4).", state.ExplanationLines);
        Assert.Contains("Hạn 24/03/2026 17:00: 10 ngày làm việc từ 10/03/2026 09:00.", state.ExplanationLines);
    }

    [Fact]
    public void The_new_appointment_replaces_the_due_instant_but_only_once()
    {
        var ledger = Started().Append(new DeadlineRescheduled(Vn.At(2026, 3, 13, 9, 0), Vn.At(2026, 3, 20, 17, 0), "chờ ý kiến sở"));
        var state = ledger.Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 20, 17, 0), state.Due);
        Assert.True(state.IsRescheduled);
        Assert.DoesNotContain(state.ExplanationLines, line => line.StartsWith("Phiếu xin lỗi được lập sau"));

        var refused = Assert.Throws<DeadlineLedgerException>(() =>
            ledger.Append(new DeadlineRescheduled(Vn.At(2026, 3, 19, 9, 0), Vn.At(2026, 3, 27, 17, 0), "lần hai")));
        Assert.Equal(LedgerRule.RescheduleOnlyOnce, refused.Rule);
        Assert.Equal(
            "Đã hẹn lại ngày trả kết quả lúc 13/03/2026 09:00 (hạn mới 20/03/2026 17:00); theo Nghị định 61/2018/NĐ-CP, Điều 19.9, chỉ được hẹn lại một lần.",
            refused.Message);
        Assert.Equal(2, ledger.Events.Count);
    }

    [Fact]
    public void A_second_reschedule_is_refused_even_after_a_restart()
    {
        var ledger = Started()
            .Append(new DeadlineRescheduled(Vn.At(2026, 3, 13, 9, 0), Vn.At(2026, 3, 20, 17, 0), "chờ ý kiến sở"))
            .Append(new DeadlineRestarted(Vn.At(2026, 3, 16, 9, 0)));
        var refused = Assert.Throws<DeadlineLedgerException>(() =>
            ledger.Append(new DeadlineRescheduled(Vn.At(2026, 3, 17, 9, 0), Vn.At(2026, 4, 10, 17, 0), "lần hai"), CultureInfo.GetCultureInfo("en")));
        Assert.Equal("A new appointment was already set at 13/03/2026 09:00 (due 20/03/2026 17:00); Decree 61/2018 art. 19.9 allows it only once.", refused.Message);
    }

    [Fact]
    public void A_late_apology_is_noted()
    {
        // The latest apology for a 16/03 17:00 deadline is 13/03 17:00.
        var state = Started()
            .Append(new DeadlineRescheduled(Vn.At(2026, 3, 16, 9, 0), Vn.At(2026, 3, 25, 17, 0), "chờ ý kiến sở"))
            .Compute(Calculator);
        Assert.Equal(
            "Phiếu xin lỗi được lập sau thời điểm chậm nhất 13/03/2026 17:00 (một ngày làm việc trước hạn, Nghị định 61/2018/NĐ-CP, Điều 19.9).",
            state.ExplanationLines[^2]);
    }

    [Fact]
    public void Overdue_and_remaining_working_time_at_now()
    {
        var ledger = Started();
        var before = ledger.Compute(Calculator, ClockAt(Vn.At(2026, 3, 16, 16, 0)));
        Assert.False(before.IsOverdue);
        Assert.Equal(TimeSpan.FromHours(1), before.RemainingWorkingTime);
        var after = ledger.Compute(Calculator, ClockAt(Vn.At(2026, 3, 17, 9, 0)));
        Assert.True(after.IsOverdue);
        Assert.Equal(TimeSpan.FromHours(-2), after.RemainingWorkingTime);
        Assert.Equal(Vn.At(2026, 3, 17, 9, 0), after.Now);
    }

    [Fact]
    public void Under_the_working_hours_convention_the_explanation_reads_as_the_appointment()
    {
        var ledger = DeadlineLedger.Start(Vn.At(2026, 2, 13, 10, 0), Duration.WorkingDays(5), DeadlineConvention.WorkingHours);
        Assert.Equal("Hạn 27/02/2026 10:00: 5 ngày làm việc từ 13/02/2026 10:00, không tính Tết Nguyên đán 16/02–20/02.", ledger.Compute(Calculator).ExplanationLines[0]);

        // Paused Tue 24/02 10:00 - Wed 25/02 10:00: 8 working hours, so due Mon 02/03 10:00.
        var state = ledger
            .Append(new DeadlinePaused(Vn.At(2026, 2, 24, 10, 0), "chờ nộp phí"))
            .Append(new DeadlineResumed(Vn.At(2026, 2, 25, 10, 0)))
            .Compute(Calculator, culture: CultureInfo.GetCultureInfo("en"));
        Assert.Equal(Vn.At(2026, 3, 2, 10, 0), state.Due);
        Assert.Equal("Due 27/02/2026 10:00: 5 working days from 13/02/2026 10:00, not counting Tết 16/02–20/02.", state.ExplanationLines[0]);
        Assert.Equal("Paused from 24/02/2026 10:00 to 25/02/2026 10:00 (chờ nộp phí): 1 working day; due moved from 27/02/2026 10:00 to 02/03/2026 10:00.", state.ExplanationLines[^2]);
        Assert.Equal("Current due: 02/03/2026 10:00.", state.ExplanationLines[^1]);
    }

    [Fact]
    public void A_pause_of_a_few_seconds_leaves_a_17_00_due_at_17_00()
    {
        var pausedAt = Vn.At(2026, 3, 4, 8, 0);
        var state = Started()
            .Append(new DeadlinePaused(pausedAt, "chờ nộp thuế"))
            .Append(new DeadlineResumed(pausedAt + TimeSpan.FromSeconds(4.249868)))
            .Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 16, 17, 0), state.Due);
        Assert.Equal(TimeSpan.FromSeconds(4.249868), state.PausedWorkingTime);
    }

    [Fact]
    public void A_pause_of_most_of_a_minute_moves_a_17_00_due_to_the_first_minute_of_the_next_period()
    {
        var pausedAt = Vn.At(2026, 3, 4, 8, 0);
        var state = Started()
            .Append(new DeadlinePaused(pausedAt, "chờ nộp thuế"))
            .Append(new DeadlineResumed(pausedAt + TimeSpan.FromSeconds(50)))
            .Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 17, 7, 1), state.Due);
    }

    [Fact]
    public void Events_have_stable_kinds_and_can_be_replayed_from_rows()
    {
        var events = new DeadlineEvent[]
        {
            new DeadlineStarted(Received, Duration.WorkingDays(10)),
            new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), "chờ nộp thuế"),
            new DeadlineResumed(Vn.At(2026, 3, 9, 8, 0)),
            new DeadlineExtended(Vn.At(2026, 3, 10, 9, 0), Duration.WorkingDays(2), "bản sao"),
            new DeadlineRestarted(Vn.At(2026, 3, 11, 9, 0)),
            new DeadlineRescheduled(Vn.At(2026, 3, 20, 9, 0), Vn.At(2026, 3, 31, 17, 0), "chờ ý kiến sở"),
        };
        Assert.Equal(new[] { "started", "paused", "resumed", "extended", "restarted", "rescheduled" }, events.Select(e => e.Kind));
        var state = DeadlineLedger.FromEvents(events).Compute(Calculator);
        Assert.Equal(Vn.At(2026, 3, 31, 17, 0), state.Due);
        Assert.Equal(TimeSpan.FromHours(24), state.PausedWorkingTime);
    }

    [Fact]
    public void Appending_returns_a_new_ledger_and_leaves_the_old_one_unchanged()
    {
        var started = Started();
        var paused = started.Append(new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), ""));
        Assert.Single(started.Events);
        Assert.False(started.IsPaused);
        Assert.True(paused.IsPaused);
    }

    public static TheoryData<string, LedgerRule> Refusals() => new()
    {
        { "resume-first", LedgerRule.MustStartFirst },
        { "start-twice", LedgerRule.StartsOnce },
        { "out-of-order", LedgerRule.InTimeOrder },
        { "pause-twice", LedgerRule.AlreadyPaused },
        { "resume-unpaused", LedgerRule.NotPaused },
        { "reschedule-paused", LedgerRule.RescheduleWhilePaused },
        { "reschedule-past", LedgerRule.RescheduleInThePast },
        { "extend-same-day", LedgerRule.InvalidExtension },
        { "extend-zero", LedgerRule.InvalidExtension },
        { "start-negative", LedgerRule.InvalidDuration },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Impossible_histories_are_refused_with_the_rule_they_break(string scenario, LedgerRule rule)
    {
        var paused = Started().Append(new DeadlinePaused(Vn.At(2026, 3, 4, 8, 0), ""));
        Action append = scenario switch
        {
            "resume-first" => () => DeadlineLedger.Empty.Append(new DeadlineResumed(Received)),
            "start-twice" => () => Started().Append(new DeadlineStarted(Vn.At(2026, 3, 3, 8, 0), Duration.WorkingDays(10))),
            "out-of-order" => () => Started().Append(new DeadlinePaused(Vn.At(2026, 3, 1, 8, 0), "")),
            "pause-twice" => () => paused.Append(new DeadlinePaused(Vn.At(2026, 3, 5, 8, 0), "")),
            "resume-unpaused" => () => Started().Append(new DeadlineResumed(Vn.At(2026, 3, 5, 8, 0))),
            "reschedule-paused" => () => paused.Append(new DeadlineRescheduled(Vn.At(2026, 3, 5, 8, 0), Vn.At(2026, 3, 30, 17, 0), "")),
            "reschedule-past" => () => Started().Append(new DeadlineRescheduled(Vn.At(2026, 3, 5, 8, 0), Vn.At(2026, 3, 5, 7, 0), "")),
            "start-negative" => () => DeadlineLedger.Start(Received, Duration.WorkingDays(-1)),
            "extend-same-day" => () => Started().Append(new DeadlineExtended(Vn.At(2026, 3, 5, 8, 0), Duration.SameDay(), "")),
            _ => () => Started().Append(new DeadlineExtended(Vn.At(2026, 3, 5, 8, 0), Duration.WorkingDays(0), "")),
        };
        Assert.Equal(rule, Assert.Throws<DeadlineLedgerException>(append).Rule);
    }
}
