using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>Calendar days: the receipt day is not counted, and the period never ends on a rest day.</summary>
public class CalendarDaysTests
{
    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    [Fact]
    public void A_period_ending_on_Tet_moves_to_the_next_working_day()
    {
        // Mon 02/02/2026 + 15 days = Tue 17/02 (Tết); next working day Mon 23/02.
        var result = Calculator.Calculate(Vn.At(2026, 2, 2, 10, 0), Duration.CalendarDays(15));
        Assert.Equal(Vn.At(2026, 2, 23, 17, 0), result.Due);
        Assert.Equal(
            new[]
            {
                "Hạn 23/02/2026 17:00: 15 ngày (kể cả ngày nghỉ) từ 02/02/2026 10:00, lùi qua Tết Nguyên đán 17/02–20/02.",
                "Tính theo ngày, kể cả ngày nghỉ, không tính ngày tiếp nhận: ngày thứ 15 là thứ Ba 17/02/2026, là ngày nghỉ (Tết Nguyên đán), nên hạn chuyển sang cuối giờ làm việc của ngày làm việc tiếp theo (Bộ luật Dân sự, Điều 148.5).",
            },
            result.ExplanationLines);
    }

    [Fact]
    public void A_period_ending_on_Sunday_moves_to_Monday()
    {
        var result = Calculator.Calculate(Vn.At(2026, 3, 6, 10, 0), Duration.CalendarDays(2), culture: CultureInfo.GetCultureInfo("en"));
        Assert.Equal(Vn.At(2026, 3, 9, 17, 0), result.Due);
        Assert.Contains("day 2 is Sunday 08/03/2026, a rest day (weekly rest day)", result.Explanation);
    }

    [Fact]
    public void A_period_ending_on_a_working_day_ends_at_its_close()
    {
        var result = Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), Duration.CalendarDays(10));
        Assert.Equal(Vn.At(2026, 3, 19, 17, 0), result.Due);
        Assert.Empty(result.DaysOffNotCounted);
    }

    [Fact]
    public void Holidays_inside_the_period_are_counted()
    {
        // Fri 24/04/2026 + 10 days = Mon 04/05, though 27/04, 30/04 and 01/05 are days off.
        Assert.Equal(Vn.At(2026, 5, 4, 17, 0), Calculator.Calculate(Vn.At(2026, 4, 24, 9, 0), Duration.CalendarDays(10)).Due);
    }

    [Fact]
    public void The_receipt_day_is_not_counted_even_late_at_night()
    {
        Assert.Equal(Vn.At(2026, 3, 10, 17, 0), Calculator.Calculate(Vn.At(2026, 3, 9, 23, 0), Duration.CalendarDays(1)).Due);
    }

    [Fact]
    public void A_period_ending_on_a_make_up_Saturday_ends_that_Saturday()
    {
        var result = Calculator.Calculate(Vn.At(2026, 8, 15, 9, 0), Duration.CalendarDays(7), DeadlineConvention.WorkingHours);
        Assert.Equal(Vn.At(2026, 8, 22, 17, 0), result.Due);
    }
}
