using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Tests.Calendars;

/// <summary>Each problem the loader reports, with the line and column a person would jump to.</summary>
public class CalendarLoaderProblemTests
{
    private static Problem Single(CalendarLoadResult result, string code) => Assert.Single(result.Problems, p => p.Code == code);

    private static string[] YearFile(params string[] daysOffLines) => new[]
    {
        "{",
        "  \"year\": 2026,",
        "  \"provisional\": false,",
        "  \"daysOff\": [",
    }.Concat(daysOffLines).Concat(new[]
    {
        "  ],",
        "  \"workingWeekendDays\": []",
        "}",
    }).ToArray();

    [Fact]
    public void CAL001_malformed_json_is_located_where_it_breaks()
    {
        using var folder = new CalendarFolder();
        var file = folder.Write("2026.json",
            "{",
            "  \"year\": 2026,",
            "  \"provisional\": false",
            "  \"daysOff\": [],",
            "  \"workingWeekendDays\": []",
            "}");
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL001");
        Assert.Equal(file, problem.File);
        Assert.Equal((4, 3), (problem.Line, problem.Column));
        Assert.True(problem.IsError);
        Assert.StartsWith("Tệp không phải JSON hợp lệ", problem.Message);
    }

    [Fact]
    public void CAL002_unknown_field_names_the_field_and_suggests_the_right_one()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", YearFile("    { \"date\": \"2026-01-01\", \"nmae\": \"Tết Dương lịch\" }"));
        var result = CalendarLoader.Load(folder.Path);
        var unknown = Single(result, "CAL002");
        Assert.Equal((5, 29), (unknown.Line, unknown.Column));
        Assert.Equal("$.daysOff[0].nmae", unknown.JsonPath);
        Assert.Equal("Trường \"nmae\" không được hỗ trợ ở đây; các trường hợp lệ: date, name, nameEn, note. Có phải ý bạn là \"name\"?", unknown.Message);
        var missing = Single(result, "CAL003");
        Assert.Equal((5, 5), (missing.Line, missing.Column));
        Assert.Equal("$.daysOff[0]", missing.JsonPath);
    }

    [Fact]
    public void CAL003_missing_field_is_reported_on_the_object_that_lacks_it()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"provisional\": false,",
            "  \"daysOff\": [],",
            "  \"workingWeekendDays\": []",
            "}");
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL003");
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Equal("$", problem.JsonPath);
        Assert.Equal("Thiếu trường bắt buộc \"year\".", problem.Message);
    }

    [Fact]
    public void CAL004_an_impossible_date_is_reported_on_its_field()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", YearFile("    { \"date\": \"2026-02-30\", \"name\": \"Ngày sai\" }"));
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL004");
        Assert.Equal((5, 7), (problem.Line, problem.Column));
        Assert.Equal("$.daysOff[0].date", problem.JsonPath);
        Assert.Equal("Ngày \"2026-02-30\" không hợp lệ: ghi theo dạng \"yyyy-MM-dd\", ví dụ \"2026-02-16\".", problem.Message);
    }

    [Fact]
    public void CAL004_a_value_of_the_wrong_type()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"year\": 2026,",
            "  \"provisional\": \"no\",",
            "  \"daysOff\": [],",
            "  \"workingWeekendDays\": {}",
            "}");
        var problems = CalendarLoader.Load(folder.Path).Problems.Where(p => p.Code == "CAL004").ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal((3, 3, "$.provisional"), (problems[0].Line, problems[0].Column, problems[0].JsonPath));
        Assert.Equal("\"provisional\" phải là true hoặc false.", problems[0].Message);
        Assert.Equal((5, 3, "$.workingWeekendDays"), (problems[1].Line, problems[1].Column, problems[1].JsonPath));
    }

    [Fact]
    public void CAL004_a_year_too_large_for_any_number_type()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"year\": 99999999999999999999999,",
            "  \"provisional\": false,",
            "  \"daysOff\": [],",
            "  \"workingWeekendDays\": []",
            "}");
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL004");
        Assert.Equal((2, 3, "$.year"), (problem.Line, problem.Column, problem.JsonPath));
    }

    [Fact]
    public void CAL005_a_date_outside_the_files_year()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", YearFile("    { \"date\": \"2025-12-31\", \"name\": \"Ngày sai năm\" }"));
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL005");
        Assert.Equal((5, 7), (problem.Line, problem.Column));
        Assert.Equal("Ngày 31/12/2025 không thuộc năm 2026 của tệp này: ghi nó vào tệp 2025.json.", problem.Message);
    }

    [Fact]
    public void CAL006_the_year_must_match_the_file_name()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"year\": 2025,",
            "  \"provisional\": false,",
            "  \"daysOff\": [],",
            "  \"workingWeekendDays\": []",
            "}");
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL006");
        Assert.Equal((2, 3, "$.year"), (problem.Line, problem.Column, problem.JsonPath));
    }

    [Fact]
    public void CAL007_a_day_off_on_a_weekend_is_refused_with_the_compensation_rule()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", YearFile(
            "    { \"date\": \"2026-02-16\", \"name\": \"Tết Nguyên đán\" },",
            "    { \"date\": \"2026-02-14\", \"name\": \"Tết Nguyên đán\" }"));
        var result = CalendarLoader.Load(folder.Path);
        var problem = Single(result, "CAL007");
        Assert.Equal((6, 7, "$.daysOff[1].date"), (problem.Line, problem.Column, problem.JsonPath));
        Assert.Contains("14/02/2026 (thứ Bảy)", problem.Message);
        Assert.Contains("ngày nghỉ bù", problem.Message);
        Assert.False(result.Calendar.IsWorkingDay(Vn.Date(2026, 2, 16)));
    }

    [Fact]
    public void CAL008_a_date_listed_twice_points_back_to_the_first()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"year\": 2026,",
            "  \"provisional\": false,",
            "  \"daysOff\": [",
            "    { \"date\": \"2026-02-16\", \"name\": \"Tết Nguyên đán\" },",
            "    { \"date\": \"2026-02-16\", \"name\": \"Tết Nguyên đán\" }",
            "  ],",
            "  \"workingWeekendDays\": [",
            "    { \"date\": \"2026-01-10\", \"name\": \"Làm bù\" },",
            "    { \"date\": \"2026-01-10\", \"name\": \"Làm bù\" }",
            "  ]",
            "}");
        var problems = CalendarLoader.Load(folder.Path).Problems.Where(p => p.Code == "CAL008").ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal((6, 7, "$.daysOff[1].date"), (problems[0].Line, problems[0].Column, problems[0].JsonPath));
        Assert.Equal("Ngày 16/02/2026 đã được ghi ở dòng 5 ($.daysOff[0]): mỗi ngày chỉ ghi một lần.", problems[0].Message);
        Assert.Equal((10, 7, "$.workingWeekendDays[1].date"), (problems[1].Line, problems[1].Column, problems[1].JsonPath));
    }

    [Fact]
    public void CAL009_a_make_up_day_must_be_a_weekend_day()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"year\": 2026,",
            "  \"provisional\": false,",
            "  \"daysOff\": [],",
            "  \"workingWeekendDays\": [",
            "    { \"date\": \"2026-01-12\", \"name\": \"Làm bù\" }",
            "  ]",
            "}");
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL009");
        Assert.Equal((6, 7, "$.workingWeekendDays[0].date"), (problem.Line, problem.Column, problem.JsonPath));
        Assert.Equal("Ngày làm bù 12/01/2026 (thứ Hai) vốn đã là ngày làm việc: ngày làm bù phải là ngày nghỉ hằng tuần (thứ Bảy hoặc Chủ nhật).", problem.Message);
    }

    [Fact]
    public void CAL010_a_period_that_ends_before_it_starts()
    {
        using var folder = new CalendarFolder(withWorkingHours: false);
        folder.Write("working-hours.json",
            "{",
            "  \"default\": {",
            "    \"workingWeek\": [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\"],",
            "    \"periods\": [",
            "      { \"start\": \"11:30\", \"end\": \"07:00\" },",
            "      { \"start\": \"13:30\", \"end\": \"17:00\" }",
            "    ]",
            "  }",
            "}");
        folder.Write("2026.json", YearFile());
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL010");
        Assert.Equal((5, 7, "$.default.periods[0]"), (problem.Line, problem.Column, problem.JsonPath));
        Assert.Equal("Khung giờ 11:30–07:00 không hợp lệ: giờ kết thúc phải sau giờ bắt đầu.", problem.Message);
    }

    [Fact]
    public void CAL010_overlapping_periods()
    {
        using var folder = new CalendarFolder(withWorkingHours: false);
        folder.Write("working-hours.json",
            "{",
            "  \"default\": {",
            "    \"workingWeek\": [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\"],",
            "    \"periods\": [",
            "      { \"start\": \"07:00\", \"end\": \"11:30\" },",
            "      { \"start\": \"11:00\", \"end\": \"17:00\" }",
            "    ]",
            "  }",
            "}");
        folder.Write("2026.json", YearFile());
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL010");
        Assert.Equal((6, 7, "$.default.periods[1]"), (problem.Line, problem.Column, problem.JsonPath));
        Assert.Contains("không chồng nhau", problem.Message);
    }

    [Fact]
    public void CAL004_a_time_that_is_not_HH_mm()
    {
        using var folder = new CalendarFolder(withWorkingHours: false);
        folder.Write("working-hours.json",
            "{",
            "  \"default\": {",
            "    \"workingWeek\": [\"monday\", \"funday\"],",
            "    \"periods\": [ { \"start\": \"7h\", \"end\": \"11:30\" } ]",
            "  }",
            "}");
        folder.Write("2026.json", YearFile());
        var problems = CalendarLoader.Load(folder.Path).Problems.Where(p => p.Code == "CAL004").ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal((3, 31, "$.default.workingWeek[1]"), (problems[0].Line, problems[0].Column, problems[0].JsonPath));
        Assert.Contains("\"funday\" không phải là tên thứ", problems[0].Message);
        Assert.Equal((4, 20, "$.default.periods[0].start"), (problems[1].Line, problems[1].Column, problems[1].JsonPath));
    }

    [Fact]
    public void CAL011_a_week_without_working_days()
    {
        using var folder = new CalendarFolder(withWorkingHours: false);
        folder.Write("working-hours.json",
            "{",
            "  \"default\": {",
            "    \"workingWeek\": [],",
            "    \"periods\": [ { \"start\": \"07:00\", \"end\": \"11:30\" } ]",
            "  }",
            "}");
        folder.Write("2026.json", YearFile());
        var result = CalendarLoader.Load(folder.Path);
        var problem = Single(result, "CAL011");
        Assert.Equal((2, 3, "$.default"), (problem.Line, problem.Column, problem.JsonPath));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void CAL012_a_missing_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-calendars-" + Guid.NewGuid().ToString("N"));
        var result = CalendarLoader.Load(missing);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("CAL012", problem.Code);
        Assert.Equal(missing, problem.File);
        Assert.Equal(0, problem.Line);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void CAL013_without_working_hours_the_standard_week_is_used_with_a_warning()
    {
        using var folder = new CalendarFolder(withWorkingHours: false);
        folder.Write("2026.json", YearFile());
        var result = CalendarLoader.Load(folder.Path);
        var problem = Single(result, "CAL013");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.False(result.HasErrors);
        Assert.Equal("07:00–11:30, 13:30–17:00", string.Join(", ", result.Calendar.WorkingPeriodsOn(Vn.Date(2026, 3, 9))));
    }

    [Fact]
    public void CAL014_an_unrecognised_json_file_is_ignored_with_a_warning()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", YearFile());
        var stray = folder.Write("holidays.json", "{}");
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL014");
        Assert.Equal(stray, problem.File);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void CAL015_a_year_missing_between_two_loaded_years()
    {
        using var folder = new CalendarFolder();
        folder.Write("2025.json", YearFile().Select(l => l.Replace("2026", "2025")).ToArray());
        folder.Write("2027.json", YearFile().Select(l => l.Replace("2026", "2027")).ToArray());
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL015");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.StartsWith("Thiếu lịch năm 2026", problem.Message);
    }

    [Fact]
    public void CAL016_a_unit_override_that_changes_nothing()
    {
        using var folder = new CalendarFolder(withWorkingHours: false);
        folder.Write("working-hours.json",
            "{",
            "  \"default\": { \"workingWeek\": [\"monday\"], \"periods\": [ { \"start\": \"07:00\", \"end\": \"11:30\" } ] },",
            "  \"units\": {",
            "    \"p-x\": { \"name\": \"Phường X\" }",
            "  }",
            "}");
        folder.Write("2026.json", YearFile());
        var problem = Single(CalendarLoader.Load(folder.Path), "CAL016");
        Assert.Equal((4, 5, "$.units.p-x"), (problem.Line, problem.Column, problem.JsonPath));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void CAL017_a_folder_without_year_files()
    {
        using var folder = new CalendarFolder();
        var result = CalendarLoader.Load(folder.Path);
        Assert.Equal(ProblemSeverity.Warning, Single(result, "CAL017").Severity);
        Assert.Empty(result.Calendar.LoadedYears);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_at_once_and_good_entries_are_kept()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json",
            "{",
            "  \"year\": 2026,",
            "  \"provisional\": false,",
            "  \"colour\": \"red\",",
            "  \"daysOff\": [",
            "    { \"date\": \"2026-02-16\", \"name\": \"Tết Nguyên đán\" },",
            "    { \"date\": \"2026-02-15\", \"name\": \"Tết Nguyên đán\" },",
            "    { \"date\": \"2027-01-01\", \"name\": \"Tết Dương lịch\" },",
            "    { \"date\": \"2026-02-17\" }",
            "  ],",
            "  \"workingWeekendDays\": []",
            "}");
        folder.Write("2025.json", "{ \"year\": 2025, ");
        var result = CalendarLoader.Load(folder.Path);
        Assert.Equal(new[] { "CAL001", "CAL002", "CAL007", "CAL005", "CAL003" }, result.Problems.Select(p => p.Code));
        Assert.Equal(new[] { 4, 7, 8, 9 }, result.Problems.Where(p => p.File.EndsWith("2026.json")).Select(p => p.Line));
        Assert.False(result.Calendar.IsWorkingDay(Vn.Date(2026, 2, 16)));
        Assert.True(result.Calendar.IsWorkingDay(Vn.Date(2026, 2, 17)));
    }

    [Fact]
    public void Messages_are_available_in_English()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", YearFile("    { \"date\": \"2026-01-01\", \"nmae\": \"Tết Dương lịch\" }"));
        var result = CalendarLoader.Load(folder.Path, CultureInfo.GetCultureInfo("en"));
        Assert.Equal("The field \"nmae\" is not supported here; valid fields: date, name, nameEn, note. Did you mean \"name\"?", Single(result, "CAL002").Message);
        Assert.Equal("The required field \"name\" is missing.", Single(result, "CAL003").Message);
    }
}
