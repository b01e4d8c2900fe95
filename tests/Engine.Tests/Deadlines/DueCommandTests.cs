using System.CommandLine;
using System.Text.Json;
using Workflow.Cli.Commands;
using Workflow.Engine.Calendars;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>The <c>workflow due</c> command, run in-process against the shipped calendars.</summary>
public class DueCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var withCalendars = args.Concat(new[] { "--calendars", RepositoryFiles.CalendarsFolder }).ToArray();
        var exitCode = DueCommand.Create().Parse(withCalendars).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static JsonElement Json(params string[] args)
    {
        var (exitCode, output, error) = Run(args.Append("--json").ToArray());
        Assert.True(exitCode == 0, error);
        Assert.Equal("", error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Civil_code_by_default()
    {
        var json = Json("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days");
        Assert.Equal("2026-02-27T17:00:00+07:00", json.GetProperty("due").GetString());
        Assert.Equal("2026-02-27T10:00:00Z", json.GetProperty("dueUtc").GetString());
        Assert.Equal("civil-code", json.GetProperty("convention").GetString());
        Assert.StartsWith("Hạn 27/02/2026 17:00: 5 ngày làm việc từ 13/02/2026 10:00, không tính Tết Nguyên đán 16/02–20/02.", json.GetProperty("explanation").GetString());
    }

    [Fact]
    public void The_working_hours_convention()
    {
        var json = Json("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--convention", "working-hours");
        Assert.Equal("2026-02-27T10:00:00+07:00", json.GetProperty("due").GetString());
    }

    [Fact]
    public void An_explicit_offset_is_accepted()
    {
        var json = Json("--received", "2026-02-13T03:00Z", "--duration", "5", "--unit", "working-days");
        Assert.Equal("2026-02-27T17:00:00+07:00", json.GetProperty("due").GetString());
        Assert.Equal("2026-02-13T10:00:00+07:00", json.GetProperty("received").GetString());
    }

    [Fact]
    public void Pauses_and_an_extension()
    {
        var json = Json("--received", "2026-03-02T08:00", "--duration", "10", "--unit", "working-days",
            "--pause", "2026-03-04T08:00/2026-03-09T08:00", "--extend", "2");
        Assert.Equal("2026-03-23T17:00:00+07:00", json.GetProperty("due").GetString());
        Assert.Equal(24m, json.GetProperty("pausedWorkingHours").GetDecimal());
        Assert.Equal("2026-03-20T17:00:00+07:00", json.GetProperty("latestApology").GetString());
    }

    [Fact]
    public void Two_pauses_given_out_of_order()
    {
        // 16/03 17:00 + 8 h (Wed 04/03 07:00-Thu 05/03 07:00) + 8 h (Tue 10/03 07:00-Wed 11/03 07:00) = 18/03 17:00.
        var json = Json("--received", "2026-03-02T08:00", "--duration", "10", "--unit", "working-days",
            "--pause", "2026-03-10T07:00/2026-03-11T07:00", "--pause", "2026-03-04T07:00/2026-03-05T07:00");
        Assert.Equal("2026-03-18T17:00:00+07:00", json.GetProperty("due").GetString());
    }

    [Fact]
    public void Same_day_with_a_cut_off()
    {
        Assert.Equal("2026-03-09T17:00:00+07:00", Json("--received", "2026-03-09T15:30", "--unit", "same-day", "--cutoff", "16:00").GetProperty("due").GetString());
        Assert.Equal("2026-03-10T17:00:00+07:00", Json("--received", "2026-03-09T15:30", "--unit", "same-day").GetProperty("due").GetString());
    }

    [Fact]
    public void A_same_day_extension_is_in_working_days()
    {
        // Certified copies in bulk: same day, extended by 2 working days: Tue 10, Wed 11.
        Assert.Equal("2026-03-11T17:00:00+07:00", Json("--received", "2026-03-09T10:00", "--unit", "same-day", "--extend", "2").GetProperty("due").GetString());
    }

    [Fact]
    public void A_unit_with_its_own_reception_hours_counts_statutory_working_days()
    {
        var json = Json("--received", "2026-12-07T16:53", "--duration", "7", "--unit", "working-days", "--unit-id", "p-hoa-an");
        Assert.Equal("2026-12-16T17:00:00+07:00", json.GetProperty("due").GetString());
        Assert.Equal("p-hoa-an", json.GetProperty("unitId").GetString());
    }

    [Fact]
    public void Provisional_and_missing_years_are_listed()
    {
        var json = Json("--received", "2027-11-01T10:00", "--duration", "90", "--unit", "working-days");
        Assert.Equal("2028-03-07T17:00:00+07:00", json.GetProperty("due").GetString());
        Assert.Equal(2027, json.GetProperty("provisionalYears")[0].GetInt32());
        Assert.Equal(2028, json.GetProperty("yearsWithoutCalendar")[0].GetInt32());
    }

    [Fact]
    public void Text_output_in_English()
    {
        var (exitCode, output, _) = Run("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--lang", "en");
        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Due: 27/02/2026 17:00 (2026-02-27T17:00:00+07:00)", lines[0]);
        Assert.Equal("Due 27/02/2026 17:00: 5 working days from 13/02/2026 10:00, not counting Tết 16/02–20/02.", lines[1]);
    }

    [Theory]
    [InlineData("--duration", "5", "--unit", "working-days")]
    [InlineData("--received", "--duration", "5", "--unit", "working-days")]
    [InlineData("--received", "2026-02-13T10:00", "--received", "2026-02-14T10:00", "--duration", "5", "--unit", "working-days")]
    [InlineData("--received", "13/02/2026", "--duration", "5", "--unit", "working-days")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "days")]
    [InlineData("--received", "2026-02-13T10:00", "--unit", "working-days")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "-1", "--unit", "working-days")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "1.5", "--unit", "calendar-days")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--convention", "hours")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--cutoff", "15:00")]
    [InlineData("--received", "2026-02-13T10:00", "--unit", "same-day", "--cutoff", "3pm")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--pause", "2026-02-12T08:00/2026-02-13T08:00")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--pause", "2026-02-24T08:00")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--extend", "0")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--lang", "fr")]
    [InlineData("--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "surplus")]
    public void Bad_input_gives_one_sentence_and_exit_code_2(params string[] args)
    {
        var (exitCode, output, error) = Run(args);
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(".", line.TrimEnd('\r'));
    }

    [Fact]
    public void A_broken_calendar_folder_is_reported_with_its_problems()
    {
        using var folder = new CalendarFolder();
        folder.Write("2026.json", "{ \"year\": 2026 ");
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = DueCommand.Create()
            .Parse(new[] { "--received", "2026-02-13T10:00", "--duration", "5", "--unit", "working-days", "--calendars", folder.Path })
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        Assert.Equal(2, exitCode);
        Assert.Contains("CAL001", error.ToString());
    }

    [Fact]
    public void The_default_calendars_folder_is_found_by_walking_up()
    {
        Assert.Equal(RepositoryFiles.CalendarsFolder, CalendarLoader.FindDefaultFolder(AppContext.BaseDirectory));
    }
}
