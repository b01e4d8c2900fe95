using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>Reminders, apology limits and statistics: working time backwards, forwards and between instants.</summary>
public class WorkingTimeHelperTests
{
    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    [Fact]
    public void One_working_day_before_a_17_00_deadline_is_17_00_the_working_day_before()
    {
        Assert.Equal(Vn.At(2026, 2, 26, 17, 0), Calculator.SubtractLead(Vn.At(2026, 2, 27, 17, 0), Duration.WorkingDays(1)));
    }

    [Fact]
    public void The_apology_limit_before_a_deadline_right_after_Tet_falls_before_Tet()
    {
        Assert.Equal(Vn.At(2026, 2, 13, 17, 0), Calculator.LatestApologyInstant(Vn.At(2026, 2, 23, 17, 0)));
    }

    [Fact]
    public void One_working_day_before_a_10_00_deadline_is_10_00_the_day_before()
    {
        Assert.Equal(Vn.At(2026, 2, 26, 10, 0), Calculator.SubtractLead(Vn.At(2026, 2, 27, 10, 0), Duration.WorkingDays(1)));
    }

    [Fact]
    public void Working_hours_backwards_skip_lunch_and_weekends()
    {
        Assert.Equal(Vn.At(2026, 3, 9, 10, 0), Calculator.SubtractLead(Vn.At(2026, 3, 9, 14, 0), Duration.WorkingHours(2)));
        Assert.Equal(Vn.At(2026, 3, 6, 17, 0), Calculator.SubtractLead(Vn.At(2026, 3, 9, 10, 0), Duration.WorkingHours(3)));
        Assert.Equal(Vn.At(2026, 3, 6, 16, 0), Calculator.SubtractWorkingTime(Vn.At(2026, 3, 9, 10, 0), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_calendar_day_lead_is_plain_days()
    {
        Assert.Equal(Vn.At(2026, 2, 24, 17, 0), Calculator.SubtractLead(Vn.At(2026, 2, 27, 17, 0), Duration.CalendarDays(3)));
    }

    [Fact]
    public void Adding_working_time_ends_at_the_close_rather_than_the_next_morning()
    {
        Assert.Equal(Vn.At(2026, 3, 9, 17, 0), Calculator.AddWorkingTime(Vn.At(2026, 3, 9, 7, 0), TimeSpan.FromHours(8)));
        Assert.Equal(Vn.At(2026, 3, 9, 11, 30), Calculator.AddWorkingTime(Vn.At(2026, 3, 9, 7, 0), TimeSpan.FromHours(4.5)));
        Assert.Equal(Vn.At(2026, 3, 9, 13, 45), Calculator.AddWorkingTime(Vn.At(2026, 3, 9, 7, 0), TimeSpan.FromHours(4.75)));
        Assert.Equal(Vn.At(2026, 3, 9, 12, 0), Calculator.AddWorkingTime(Vn.At(2026, 3, 9, 12, 0), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.AddWorkingTime(Vn.At(2026, 3, 9, 12, 0), TimeSpan.FromHours(-1)));
    }

    [Fact]
    public void Working_time_between_two_instants_for_statistics()
    {
        Assert.Equal(TimeSpan.FromHours(40), Calculator.WorkingTimeBetween(Vn.At(2026, 2, 13, 10, 0), Vn.At(2026, 2, 27, 10, 0)));
        Assert.Equal(5m, Calculator.WorkingDaysBetween(Vn.At(2026, 2, 13, 10, 0), Vn.At(2026, 2, 27, 10, 0)));
        Assert.Equal(TimeSpan.FromHours(1), Calculator.WorkingTimeBetween(Vn.At(2026, 3, 9, 11, 0), Vn.At(2026, 3, 9, 14, 0)));
        Assert.Equal(TimeSpan.FromHours(-1), Calculator.WorkingTimeBetween(Vn.At(2026, 3, 9, 14, 0), Vn.At(2026, 3, 9, 11, 0)));
        Assert.Equal(0.5m, Calculator.WorkingDaysBetween(Vn.At(2026, 3, 9, 7, 0), Vn.At(2026, 3, 9, 11, 0)));
        Assert.Equal(TimeSpan.Zero, Calculator.WorkingTimeBetween(Vn.At(2026, 2, 14, 8, 0), Vn.At(2026, 2, 22, 20, 0)));
    }

    [Fact]
    public void The_next_working_instant()
    {
        var clock = Calculator.ClockFor();
        Assert.Equal(Vn.At(2026, 3, 9, 13, 30), clock.NextWorkingInstant(Vn.At(2026, 3, 9, 12, 0)));
        Assert.Equal(Vn.At(2026, 3, 9, 10, 0), clock.NextWorkingInstant(Vn.At(2026, 3, 9, 10, 0)));
        Assert.Equal(Vn.At(2026, 2, 23, 7, 0), clock.NextWorkingInstant(Vn.At(2026, 2, 13, 17, 0)));
        Assert.True(clock.IsWorkingTime(Vn.At(2026, 3, 9, 7, 0)));
        Assert.False(clock.IsWorkingTime(Vn.At(2026, 3, 9, 11, 30)));
    }

    [Fact]
    public void Working_time_conversions()
    {
        Assert.Equal(TimeSpan.FromHours(4), Calculator.ToWorkingTime(Duration.WorkingDays(0.5m)));
        Assert.Equal(TimeSpan.FromMinutes(90), Calculator.ToWorkingTime(Duration.WorkingHours(1.5m)));
        Assert.Throws<ArgumentException>(() => Calculator.ToWorkingTime(Duration.CalendarDays(1)));
    }
}
