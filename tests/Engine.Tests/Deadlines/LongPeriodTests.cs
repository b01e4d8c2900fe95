using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>
/// Periods of 60-120 working days across year boundaries, into provisional 2027 and past the
/// last loaded year. Expected dates were counted day by day against the calendar files.
/// </summary>
public class LongPeriodTests
{
    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    [Fact]
    public void Sixty_working_days_from_December_2025_cross_New_Year_and_Tet_2026()
    {
        // Dec 2025 after 01/12: 22; Jan 2026: 21 (1-2 off, Sat 10 worked) -> 43;
        // Feb: 2-13 (10) -> 53, 16-20 Tết, 23-27 (5) -> 58; Mon 02/03 (59), Tue 03/03 (60).
        var result = Calculator.Calculate(Vn.At(2025, 12, 1, 10, 0), Duration.WorkingDays(60));
        Assert.Equal(Vn.At(2026, 3, 3, 17, 0), result.Due);
        Assert.Empty(result.ProvisionalYears);
        Assert.Empty(result.YearsWithoutCalendar);
        Assert.Contains("không tính Tết Dương lịch 01/01/2026, Nghỉ hoán đổi 02/01/2026, Tết Nguyên đán 16/02/2026–20/02/2026", result.ExplanationLines[0]);
        Assert.Contains("có tính ngày làm bù thứ Bảy 10/01/2026", result.ExplanationLines[0]);
    }

    [Fact]
    public void Ninety_working_days_from_October_2025_end_after_Tet_2026()
    {
        Assert.Equal(Vn.At(2026, 2, 26, 17, 0), Calculator.Calculate(Vn.At(2025, 10, 15, 9, 0), Duration.WorkingDays(90)).Due);
    }

    [Fact]
    public void Sixty_working_days_from_November_2026_reach_provisional_2027()
    {
        // Nov after 02/11: 19 (24/11 off); Dec: 23 -> 42; Jan 2027: 1 off, 4-22 (15) -> 57, 25, 26, 27 -> 60.
        var result = Calculator.Calculate(Vn.At(2026, 11, 2, 10, 0), Duration.WorkingDays(60));
        Assert.Equal(Vn.At(2027, 1, 27, 17, 0), result.Due);
        Assert.Equal(new[] { 2027 }, result.ProvisionalYears);
        Assert.Contains("Lịch năm 2027 là lịch tạm tính (chưa có thông báo chính thức) nên có thể thay đổi.", result.ExplanationLines);
        Assert.Equal(new[] { Vn.Date(2026, 11, 24), Vn.Date(2027, 1, 1) }, result.DaysOffNotCounted.Select(d => d.Date));
    }

    [Fact]
    public void Ninety_working_days_from_November_2026_skip_provisional_Tet_2027()
    {
        // From day 60 on 27/01/2027: 28, 29, 01-03/02 (65); Tết 04-10/02; 11, 12 (67); 15/02-12/03 (87); 15, 16, 17/03 (90).
        Assert.Equal(Vn.At(2027, 3, 17, 17, 0), Calculator.Calculate(Vn.At(2026, 11, 2, 10, 0), Duration.WorkingDays(90)).Due);
    }

    [Fact]
    public void Sixty_working_days_under_the_working_hours_convention_into_2027()
    {
        // 480 working hours from Fri 13/11/2026 14:00 end at the same time of day, 60 working days on.
        var result = Calculator.Calculate(Vn.At(2026, 11, 13, 14, 0), Duration.WorkingDays(60), DeadlineConvention.WorkingHours);
        Assert.Equal(Vn.At(2027, 2, 16, 14, 0), result.Due);
    }

    [Fact]
    public void Ninety_working_days_past_the_last_loaded_year_fall_back_to_the_weekly_pattern()
    {
        // Nov 2027 after 01/11: 20 (24/11 off); Dec: 23 -> 43; Jan 2028: 21 -> 64; Feb: 21 -> 85; Mar 1-3, 6, 7 -> 90.
        // Tết 2028 (26/01) is not known: there is no 2028 file.
        var result = Calculator.Calculate(Vn.At(2027, 11, 1, 10, 0), Duration.WorkingDays(90));
        Assert.Equal(Vn.At(2028, 3, 7, 17, 0), result.Due);
        Assert.Equal(new[] { 2027 }, result.ProvisionalYears);
        Assert.Equal(new[] { 2028 }, result.YearsWithoutCalendar);
        Assert.Equal(
            "Chưa có lịch năm 2028: chỉ áp dụng lịch làm việc hằng tuần, chưa trừ ngày nghỉ lễ, Tết của năm đó.",
            result.ExplanationLines[^1]);
    }

    [Fact]
    public void One_hundred_and_twenty_working_days_from_October_2027()
    {
        Assert.Equal(Vn.At(2028, 3, 20, 17, 0), Calculator.Calculate(Vn.At(2027, 10, 1, 8, 0), Duration.WorkingDays(120)).Due);
    }
}
