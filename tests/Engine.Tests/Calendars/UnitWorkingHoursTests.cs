using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Tests.Calendars;

/// <summary>The Hòa An ward desk opens on Saturday morning, except inside holiday breaks.</summary>
public class UnitWorkingHoursTests
{
    private const string WardDesk = "p-hoa-an";

    private static WorkingCalendar Calendar => RealCalendar.Calendar;

    [Fact]
    public void An_ordinary_Saturday_is_worked_in_the_morning_by_the_ward_desk_only()
    {
        var saturday = Vn.Date(2026, 3, 7);
        Assert.False(Calendar.IsWorkingDay(saturday));
        Assert.True(Calendar.IsWorkingDay(saturday, WardDesk));
        Assert.Equal("07:30–11:30", string.Join(", ", Calendar.WorkingPeriodsOn(saturday, WardDesk)));
    }

    [Fact]
    public void Weekdays_keep_the_default_hours()
    {
        Assert.Equal("07:00–11:30, 13:30–17:00", string.Join(", ", Calendar.WorkingPeriodsOn(Vn.Date(2026, 3, 9), WardDesk)));
        Assert.Equal(TimeSpan.FromHours(8), Calendar.ScheduleFor(WardDesk).StandardDayLength);
    }

    [Theory]
    [InlineData(2026, 2, 14)]
    [InlineData(2026, 2, 21)]
    [InlineData(2026, 8, 29)]
    [InlineData(2027, 2, 6)]
    [InlineData(2027, 5, 1)]
    public void A_Saturday_inside_a_holiday_break_stays_closed(int year, int month, int day)
    {
        var described = Calendar.Describe(new DateOnly(year, month, day), WardDesk);
        Assert.Equal(CalendarDayKind.HolidayBreak, described.Kind);
        Assert.False(described.IsWorkingDay);
    }

    [Fact]
    public void The_closure_is_explained_with_the_holiday()
    {
        Assert.Equal(
            "Thứ Bảy 21/02/2026 là ngày nghỉ của Bộ phận tiếp nhận và trả kết quả phường Hòa An: nằm trong đợt nghỉ Tết Nguyên đán.",
            Calendar.ExplainDay(Vn.Date(2026, 2, 21), WardDesk));
        Assert.Equal(
            "Saturday 21/02/2026 is a day off for Hòa An ward one-stop desk: it falls inside the holiday break of Tết.",
            Calendar.ExplainDay(Vn.Date(2026, 2, 21), WardDesk, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_make_up_Saturday_is_a_full_day_for_the_ward_desk_too()
    {
        Assert.Equal("07:00–11:30, 13:30–17:00", string.Join(", ", Calendar.WorkingPeriodsOn(Vn.Date(2026, 1, 10), WardDesk)));
    }

    [Fact]
    public void A_unit_without_an_override_uses_the_default_week()
    {
        Assert.False(Calendar.HasOwnWorkingHours("p-khac"));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 3, 7), "p-khac"));
    }
}
