using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>Working days under the Civil Code: the receipt day is not counted; due at the close of the Nth working day.</summary>
public class CivilCodeWorkingDaysTests
{
    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    private static DateTimeOffset Due(DateTimeOffset received, decimal days, string? unitId = null) =>
        Calculator.Calculate(received, Duration.WorkingDays(days), DeadlineConvention.CivilCode, unitId).Due;

    [Fact]
    public void Five_working_days_across_Tet_2026_end_at_17_00_on_27_February()
    {
        var result = Calculator.Calculate(Vn.At(2026, 2, 13, 10, 0), Duration.WorkingDays(5));
        Assert.Equal(Vn.At(2026, 2, 27, 17, 0), result.Due);
        Assert.Equal(TimeSpan.Zero, result.Due.Offset);
        Assert.Equal(DeadlineCountingMethod.CivilCodeWorkingDays, result.Method);
        Assert.Equal(Vn.At(2026, 2, 23, 7, 0), result.CountingFrom);
        Assert.Equal(
            new[]
            {
                "Hạn 27/02/2026 17:00: 5 ngày làm việc từ 13/02/2026 10:00, không tính Tết Nguyên đán 16/02–20/02.",
                "Theo Bộ luật Dân sự (Điều 147, 148), ngày tiếp nhận không được tính: ngày làm việc thứ nhất là thứ Hai 23/02/2026, hạn là cuối giờ làm việc (17:00) của ngày làm việc thứ 5.",
            },
            result.ExplanationLines);
    }

    [Fact]
    public void The_same_in_English()
    {
        var result = Calculator.Calculate(Vn.At(2026, 2, 13, 10, 0), Duration.WorkingDays(5), culture: CultureInfo.GetCultureInfo("en"));
        Assert.Equal(
            "Due 27/02/2026 17:00: 5 working days from 13/02/2026 10:00, not counting Tết 16/02–20/02.\n"
            + "Under the Civil Code (arts. 147-148) the day of receipt is not counted: working day 1 is Monday 23/02/2026, and the period ends at the close of working day 5 (17:00).",
            result.Explanation);
    }

    [Fact]
    public void Hung_Kings_30_April_and_1_May_2026_are_skipped()
    {
        // Fri 24/04 received; Tue 28 (1), Wed 29 (2), [Thu 30/4, Fri 1/5 off], Mon 04/05 (3), Tue 05/05 (4).
        var result = Calculator.Calculate(Vn.At(2026, 4, 24, 9, 0), Duration.WorkingDays(4));
        Assert.Equal(Vn.At(2026, 5, 5, 17, 0), result.Due);
        Assert.StartsWith(
            "Hạn 05/05/2026 17:00: 4 ngày làm việc từ 24/04/2026 09:00, không tính Giỗ Tổ Hùng Vương 27/04, Ngày Chiến thắng 30/04, Ngày Quốc tế Lao động 01/05.",
            result.Explanation);
    }

    [Fact]
    public void National_Day_2025_Monday_and_Tuesday_off()
    {
        // Fri 29/08/2025 received; Mon 01/09 and Tue 02/09 off; Wed 03/09 (1), Thu 04/09 (2).
        Assert.Equal(Vn.At(2025, 9, 4, 17, 0), Due(Vn.At(2025, 8, 29, 15, 0), 2));
    }

    [Fact]
    public void National_Day_2026_three_weekdays_off_including_the_swapped_Monday()
    {
        var result = Calculator.Calculate(Vn.At(2026, 8, 28, 10, 0), Duration.WorkingDays(1));
        Assert.Equal(Vn.At(2026, 9, 3, 17, 0), result.Due);
        Assert.Contains("không tính Nghỉ hoán đổi 31/08, Quốc khánh 01/09–02/09", result.Explanation);
    }

    [Fact]
    public void The_make_up_Saturday_22_August_2026_is_counted()
    {
        // Thu 20/08 received; Fri 21 (1), Sat 22 worked (2), Mon 24 (3).
        var result = Calculator.Calculate(Vn.At(2026, 8, 20, 10, 0), Duration.WorkingDays(3));
        Assert.Equal(Vn.At(2026, 8, 24, 17, 0), result.Due);
        Assert.Equal(Vn.Date(2026, 8, 22), Assert.Single(result.MakeUpDaysCounted).Date);
        Assert.Contains("có tính ngày làm bù thứ Bảy 22/08/2026", result.ExplanationLines[0]);
    }

    [Fact]
    public void The_make_up_Saturday_10_January_2026_can_be_the_due_day()
    {
        Assert.Equal(Vn.At(2026, 1, 10, 17, 0), Due(Vn.At(2026, 1, 9, 10, 0), 1));
    }

    [Fact]
    public void New_Year_2026_across_the_year_boundary()
    {
        // Wed 31/12/2025 received; Thu 1/1 and Fri 2/1 off, weekend; Mon 05/01 is day 1.
        var result = Calculator.Calculate(Vn.At(2025, 12, 31, 16, 0), Duration.WorkingDays(1));
        Assert.Equal(Vn.At(2026, 1, 5, 17, 0), result.Due);
        Assert.Contains("không tính Tết Dương lịch 01/01/2026, Nghỉ hoán đổi 02/01/2026", result.Explanation);
    }

    [Fact]
    public void A_receipt_on_Sunday_counts_from_Monday()
    {
        Assert.Equal(Vn.At(2026, 3, 11, 17, 0), Due(Vn.At(2026, 3, 8, 10, 0), 3));
    }

    [Theory]
    [InlineData(6, 0)]
    [InlineData(10, 0)]
    [InlineData(18, 30)]
    public void The_hour_of_receipt_does_not_matter(int hour, int minute)
    {
        Assert.Equal(Vn.At(2026, 3, 10, 17, 0), Due(Vn.At(2026, 3, 9, hour, minute), 1));
    }

    [Fact]
    public void Half_a_working_day_is_four_working_hours_from_the_receipt()
    {
        // Mon 09/03 10:00: 1.5 h until 11:30, then 2.5 h from 13:30.
        Assert.Equal(Vn.At(2026, 3, 9, 16, 0), Due(Vn.At(2026, 3, 9, 10, 0), 0.5m));
    }

    [Fact]
    public void One_and_a_half_working_days_are_twelve_working_hours()
    {
        // Mon 09/03 10:00: 5 h on Monday, then 4.5 h + 2.5 h on Tuesday.
        var result = Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), Duration.WorkingDays(1.5m));
        Assert.Equal(Vn.At(2026, 3, 10, 16, 0), result.Due);
        Assert.Equal(DeadlineCountingMethod.WorkingTime, result.Method);
        Assert.Equal(TimeSpan.FromHours(12), result.WorkingTime);
        Assert.Equal(
            "Thời hạn có phần lẻ ngày nên được quy đổi: 1,5 ngày làm việc là 12 giờ làm việc (một ngày làm việc 8 giờ: 07:00–11:30, 13:30–17:00), tính trong khung giờ làm việc từ thời điểm bắt đầu.",
            result.ExplanationLines[1]);
    }

    [Fact]
    public void Half_a_day_received_during_lunch_starts_at_13_30()
    {
        // 3.5 h from 13:30 to 17:00, then 0.5 h on Tuesday morning.
        Assert.Equal(Vn.At(2026, 3, 10, 7, 30), Due(Vn.At(2026, 3, 9, 12, 0), 0.5m));
    }

    [Fact]
    public void The_ward_desk_Saturday_morning_is_not_a_statutory_working_day()
    {
        var result = Calculator.Calculate(Vn.At(2026, 3, 6, 10, 0), Duration.WorkingDays(1), unitId: "p-hoa-an");
        Assert.Equal(Vn.At(2026, 3, 9, 17, 0), result.Due);
        Assert.Contains(
            "Giờ tiếp nhận riêng của Bộ phận tiếp nhận và trả kết quả phường Hòa An (mã p-hoa-an) là để phục vụ người dân, không rút ngắn thời hạn giải quyết: ngày làm việc tính theo tuần làm việc của cơ quan nhà nước (thứ Hai–thứ Sáu) và lịch nghỉ, làm bù chính thức.",
            result.ExplanationLines);
        var english = Calculator.Calculate(Vn.At(2026, 3, 6, 10, 0), Duration.WorkingDays(1), unitId: "p-hoa-an", culture: CultureInfo.GetCultureInfo("en"));
        Assert.Contains(
            "The reception hours of Hòa An ward one-stop desk (p-hoa-an) are a service to citizens and do not shorten the statutory time: working days follow the state's working week (Monday–Friday) and the official calendar of days off and make-up days.",
            english.ExplanationLines);
    }

    [Fact]
    public void Seven_working_days_at_the_ward_desk_are_the_same_as_anywhere_else()
    {
        Assert.Equal(Vn.At(2026, 12, 16, 17, 0), Due(Vn.At(2026, 12, 7, 16, 53), 7, "p-hoa-an"));
        Assert.Equal(Due(Vn.At(2026, 12, 7, 16, 53), 7), Due(Vn.At(2026, 12, 7, 16, 53), 7, "p-hoa-an"));
    }

    [Fact]
    public void Working_hours_at_the_ward_desk_skip_its_Saturday_morning()
    {
        var due = Calculator.Calculate(Vn.At(2026, 3, 6, 15, 0), Duration.WorkingHours(4), DeadlineConvention.CivilCode, "p-hoa-an").Due;
        Assert.Equal(Vn.At(2026, 3, 9, 9, 0), due);
    }

    [Fact]
    public void The_ward_desk_stays_closed_on_the_Saturdays_of_the_Tet_break()
    {
        Assert.Equal(Vn.At(2026, 2, 23, 17, 0), Due(Vn.At(2026, 2, 13, 10, 0), 1, "p-hoa-an"));
    }

    [Fact]
    public void A_zero_duration_is_due_at_the_start()
    {
        var result = Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), Duration.WorkingDays(0));
        Assert.Equal(Vn.At(2026, 3, 9, 10, 0), result.Due);
        Assert.Equal(DeadlineCountingMethod.Immediate, result.Method);
    }

    [Fact]
    public void Impossible_durations_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), Duration.WorkingDays(-1)));
        Assert.Throws<ArgumentException>(() => Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), Duration.CalendarDays(1.5m)));
        Assert.Throws<ArgumentException>(() => Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), new Duration(2, DurationUnit.SameDay)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate(Vn.At(2026, 3, 9, 10, 0), Duration.WorkingDays(1_000_000)));
    }
}
