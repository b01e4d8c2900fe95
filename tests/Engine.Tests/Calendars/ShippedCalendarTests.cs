using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Tests.Calendars;

/// <summary>The calendar files in procedures/calendars, checked against the official schedules.</summary>
public class ShippedCalendarTests
{
    private static WorkingCalendar Calendar => RealCalendar.Calendar;

    [Fact]
    public void The_shipped_files_load_without_any_problem()
    {
        Assert.Empty(RealCalendar.Result.Problems);
        Assert.Equal(new[] { 2025, 2026, 2027 }, Calendar.LoadedYears);
        Assert.Equal(new[] { 2027 }, Calendar.ProvisionalYears);
        Assert.Equal(CalendarYearStatus.Official, Calendar.StatusOf(2026));
        Assert.Equal(CalendarYearStatus.Provisional, Calendar.StatusOf(2027));
        Assert.Equal(CalendarYearStatus.NotLoaded, Calendar.StatusOf(2028));
    }

    [Theory]
    [InlineData(2026, 2, 16)]
    [InlineData(2026, 2, 17)]
    [InlineData(2026, 2, 18)]
    [InlineData(2026, 2, 19)]
    [InlineData(2026, 2, 20)]
    public void Tet_2026_Monday_to_Friday_is_off(int year, int month, int day)
    {
        var described = Calendar.Describe(new DateOnly(year, month, day));
        Assert.False(described.IsWorkingDay);
        Assert.Equal(CalendarDayKind.DayOff, described.Kind);
        Assert.Equal("Tết Nguyên đán", described.DayOff!.Name);
    }

    [Fact]
    public void Tet_2026_break_is_bounded_by_weekends_and_work_resumes_on_Monday_23()
    {
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2026, 2, 13)));
        Assert.Equal(CalendarDayKind.WeeklyRestDay, Calendar.Describe(Vn.Date(2026, 2, 14)).Kind);
        Assert.Equal(CalendarDayKind.WeeklyRestDay, Calendar.Describe(Vn.Date(2026, 2, 22)).Kind);
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2026, 2, 23)));
    }

    [Fact]
    public void Swapped_Saturdays_of_2026_are_full_working_days()
    {
        foreach (var saturday in new[] { Vn.Date(2026, 1, 10), Vn.Date(2026, 8, 22) })
        {
            var described = Calendar.Describe(saturday);
            Assert.Equal(CalendarDayKind.MakeUpWorkingDay, described.Kind);
            Assert.Equal("07:00–11:30, 13:30–17:00", string.Join(", ", described.Periods));
            Assert.Equal(new TimeOnly(17, 0), described.Close);
        }

        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 1, 2)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 8, 31)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 1, 17)));
    }

    [Fact]
    public void Days_off_of_2026_match_the_official_notice()
    {
        var expected = new[]
        {
            "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02", "2026-11-24",
        };
        var actual = Calendar.DaysOffBetween(Vn.Date(2026, 1, 1), Vn.Date(2026, 12, 31))
            .Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(expected, actual);
        Assert.Equal(new[] { Vn.Date(2026, 1, 10), Vn.Date(2026, 8, 22) },
            Calendar.WorkingWeekendDaysBetween(Vn.Date(2026, 1, 1), Vn.Date(2026, 12, 31)).Select(d => d.Date));
    }

    [Fact]
    public void Days_off_of_2025_match_the_official_notice()
    {
        var expected = new[]
        {
            "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
            "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
        };
        var actual = Calendar.DaysOffBetween(Vn.Date(2025, 1, 1), Vn.Date(2025, 12, 31))
            .Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(expected, actual);
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, Calendar.Describe(Vn.Date(2025, 4, 26)).Kind);
    }

    [Fact]
    public void National_Day_2025_and_2026_breaks()
    {
        // 2025: Sat 30/08 - Tue 02/09; 2026: Sat 29/08 - Wed 02/09 with Mon 31/08 swapped.
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2025, 8, 29)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2025, 9, 1)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2025, 9, 2)));
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2025, 9, 3)));
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2026, 8, 28)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 8, 31)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 9, 1)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2026, 9, 2)));
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2026, 9, 3)));
    }

    [Fact]
    public void Provisional_2027_follows_the_Labour_Code_with_weekend_compensation()
    {
        // Tết day 1 is Saturday 06/02/2027: Thu 04 - Wed 10 off (two days compensated); 1/5 is a Saturday, compensated on Monday 03/05.
        foreach (var off in new[] { Vn.Date(2027, 1, 1), Vn.Date(2027, 2, 4), Vn.Date(2027, 2, 5), Vn.Date(2027, 2, 8), Vn.Date(2027, 2, 9), Vn.Date(2027, 2, 10), Vn.Date(2027, 4, 16), Vn.Date(2027, 4, 30), Vn.Date(2027, 5, 3), Vn.Date(2027, 9, 2), Vn.Date(2027, 9, 3) })
        {
            Assert.False(Calendar.IsWorkingDay(off), off.ToString("O", CultureInfo.InvariantCulture));
        }

        Assert.True(Calendar.IsWorkingDay(Vn.Date(2027, 2, 11)));
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2027, 5, 4)));
        Assert.Equal(CalendarYearStatus.Provisional, Calendar.Describe(Vn.Date(2027, 5, 3)).YearStatus);
    }

    [Fact]
    public void Culture_Day_is_kept_as_data_with_a_note_that_it_is_unverified()
    {
        foreach (var date in new[] { Vn.Date(2026, 11, 24), Vn.Date(2027, 11, 24) })
        {
            var dayOff = Calendar.Describe(date).DayOff!;
            Assert.Equal("Ngày Văn hóa Việt Nam", dayOff.Name);
            Assert.Contains("Chưa được xác minh", dayOff.Note);
        }

        Assert.True(Calendar.IsWorkingDay(Vn.Date(2025, 11, 24)));
    }

    [Fact]
    public void A_year_without_a_file_uses_the_weekly_pattern_and_says_so()
    {
        // Tết 2028 falls on Wednesday 26/01/2028 but there is no 2028 file yet.
        Assert.True(Calendar.IsWorkingDay(Vn.Date(2028, 1, 26)));
        Assert.False(Calendar.IsWorkingDay(Vn.Date(2028, 1, 1)));
        Assert.Equal(
            "Thứ Tư 26/01/2028 là ngày làm việc (07:00–11:30, 13:30–17:00). Chưa có lịch năm 2028: chỉ áp dụng lịch làm việc hằng tuần, chưa trừ ngày nghỉ lễ, Tết của năm đó.",
            Calendar.ExplainDay(Vn.Date(2028, 1, 26)));
    }

    [Fact]
    public void Explains_why_a_date_is_not_worked_in_Vietnamese_and_English()
    {
        var english = CultureInfo.GetCultureInfo("en");
        Assert.Equal("Thứ Hai 16/02/2026 là ngày nghỉ: Tết Nguyên đán.", Calendar.ExplainDay(Vn.Date(2026, 2, 16)));
        Assert.Equal("Monday 16/02/2026 is a day off: Tết.", Calendar.ExplainDay(Vn.Date(2026, 2, 16), culture: english));
        Assert.Equal("Chủ nhật 15/02/2026 là ngày nghỉ hằng tuần.", Calendar.ExplainDay(Vn.Date(2026, 2, 15)));
        Assert.Equal("Saturday 10/01/2026 is a working day (07:00–11:30, 13:30–17:00): Make-up working day for 02/01/2026.",
            Calendar.ExplainDay(Vn.Date(2026, 1, 10), culture: english));
        Assert.Equal("Thứ Hai 03/05/2027 là ngày nghỉ: Ngày Quốc tế Lao động. Lịch năm 2027 là lịch tạm tính (chưa có thông báo chính thức) nên có thể thay đổi.",
            Calendar.ExplainDay(Vn.Date(2027, 5, 3)));
    }

    [Fact]
    public void Working_periods_of_an_ordinary_day()
    {
        var periods = Calendar.WorkingPeriodsOn(Vn.Date(2026, 3, 9));
        Assert.Equal(2, periods.Count);
        Assert.Equal(new WorkingPeriod(new TimeOnly(7, 0), new TimeOnly(11, 30)), periods[0]);
        Assert.Equal(new WorkingPeriod(new TimeOnly(13, 30), new TimeOnly(17, 0)), periods[1]);
        Assert.Equal(TimeSpan.FromHours(8), Calendar.ScheduleFor(null).StandardDayLength);
    }

    [Fact]
    public void One_calendar_answers_many_threads_alike()
    {
        var dates = Enumerable.Range(0, 3 * 366).Select(i => Vn.Date(2025, 1, 1).AddDays(i)).ToArray();
        var expected = dates.Select(d => Calendar.IsWorkingDay(d, "p-hoa-an")).ToArray();
        var results = new bool[8][];
        Parallel.For(0, results.Length, i => results[i] = dates.Select(d => Calendar.IsWorkingDay(d, "p-hoa-an")).ToArray());
        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
