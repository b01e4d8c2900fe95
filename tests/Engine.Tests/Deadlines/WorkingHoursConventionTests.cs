using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>The working-hours convention: N working days = N × 8 working hours inside working periods.</summary>
public class WorkingHoursConventionTests
{
    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    private static DeadlineResult Calculate(DateTimeOffset received, Duration duration, CultureInfo? culture = null) =>
        Calculator.Calculate(received, duration, DeadlineConvention.WorkingHours, culture: culture);

    [Fact]
    public void Five_working_days_from_Friday_10_00_before_Tet_end_Friday_27_at_10_00()
    {
        var result = Calculate(Vn.At(2026, 2, 13, 10, 0), Duration.WorkingDays(5));
        Assert.Equal(Vn.At(2026, 2, 27, 10, 0), result.Due);
        Assert.Equal(TimeSpan.FromHours(40), result.WorkingTime);
        Assert.Equal("Hạn 27/02/2026 10:00: 5 ngày làm việc từ 13/02/2026 10:00, không tính Tết Nguyên đán 16/02–20/02.", result.ExplanationLines[0]);
        Assert.Equal(
            "Theo quy ước giờ làm việc, 5 ngày làm việc là 40 giờ làm việc (một ngày làm việc 8 giờ: 07:00–11:30, 13:30–17:00), chỉ tính trong khung giờ làm việc.",
            result.ExplanationLines[1]);
        Assert.Equal(2, result.ExplanationLines.Count);
    }

    [Fact]
    public void The_same_in_English()
    {
        var result = Calculate(Vn.At(2026, 2, 13, 10, 0), Duration.WorkingDays(5), CultureInfo.GetCultureInfo("en"));
        Assert.Equal("Due 27/02/2026 10:00: 5 working days from 13/02/2026 10:00, not counting Tết 16/02–20/02.", result.ExplanationLines[0]);
    }

    [Fact]
    public void A_receipt_during_lunch_starts_at_13_30()
    {
        // 13:30-17:00 is 3.5 h, 07:00-11:30 on Tuesday the other 4.5 h: the count ends exactly at 11:30.
        var result = Calculate(Vn.At(2026, 3, 9, 12, 0), Duration.WorkingDays(1));
        Assert.Equal(Vn.At(2026, 3, 10, 11, 30), result.Due);
        Assert.Equal(Vn.At(2026, 3, 9, 13, 30), result.CountingFrom);
        Assert.Equal("Thời điểm bắt đầu nằm ngoài giờ làm việc nên bắt đầu tính từ thứ Hai 09/03/2026 13:30.", result.ExplanationLines[2]);
    }

    [Fact]
    public void A_receipt_after_closing_starts_next_morning()
    {
        Assert.Equal(Vn.At(2026, 3, 10, 17, 0), Calculate(Vn.At(2026, 3, 9, 18, 0), Duration.WorkingDays(1)).Due);
    }

    [Fact]
    public void A_receipt_on_Sunday_starts_Monday_07_00()
    {
        var result = Calculate(Vn.At(2026, 3, 8, 10, 0), Duration.WorkingDays(3));
        Assert.Equal(Vn.At(2026, 3, 11, 17, 0), result.Due);
        Assert.Equal(Vn.At(2026, 3, 9, 7, 0), result.CountingFrom);
    }

    [Fact]
    public void The_make_up_Saturday_10_January_2026_is_counted()
    {
        // Fri 09/01 10:00: 5 h on Friday, 3 h on Saturday from 07:00.
        Assert.Equal(Vn.At(2026, 1, 10, 10, 0), Calculate(Vn.At(2026, 1, 9, 10, 0), Duration.WorkingDays(1)).Due);
    }

    [Fact]
    public void Working_hours_are_counted_in_working_time_under_both_conventions()
    {
        // Mon 09/03 15:00: 2 h until 17:00, 2 h on Tuesday from 07:00.
        Assert.Equal(Vn.At(2026, 3, 10, 9, 0), Calculate(Vn.At(2026, 3, 9, 15, 0), Duration.WorkingHours(4)).Due);
        Assert.Equal(Vn.At(2026, 3, 10, 9, 0), Calculator.Calculate(Vn.At(2026, 3, 9, 15, 0), Duration.WorkingHours(4)).Due);
    }

    [Fact]
    public void Sixteen_working_hours_across_30_April_and_1_May_2026()
    {
        // Wed 29/04 13:30: 3.5 h; Thu 30/4, Fri 1/5 off; Mon 04/05 8 h; Tue 05/05 4.5 h ends at 11:30.
        Assert.Equal(Vn.At(2026, 5, 5, 11, 30), Calculate(Vn.At(2026, 4, 29, 13, 30), Duration.WorkingHours(16)).Due);
    }
}
