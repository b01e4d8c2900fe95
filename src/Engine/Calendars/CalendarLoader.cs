using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Calendars;

/// <summary>
/// Builds the <see cref="WorkingCalendar"/> from a folder such as <c>procedures/calendars</c>:
/// <c>working-hours.json</c> plus one <c>&lt;year&gt;.json</c> per year. Every problem of every
/// file is reported at once, located by file, line, column and JSON path.
/// </summary>
public static partial class CalendarLoader
{
    /// <summary>The folder, relative to the repository root, that holds the calendar files.</summary>
    public const string DefaultRelativeFolder = "procedures/calendars";

    public static CalendarLoadResult Load(string folder, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<Problem>();
        var folderProblems = new ProblemList(folder);
        var say = new CalendarJsonReader(folderProblems, culture);
        if (!Directory.Exists(folder))
        {
            folderProblems.Error(CalendarProblemCodes.FolderNotFound, null, say.Say(
                $"Không tìm thấy thư mục lịch \"{folder}\".",
                $"The calendars folder \"{folder}\" does not exist."));
            return new CalendarLoadResult(WorkingCalendar.WeeklyOnly(), folderProblems.Items.ToArray());
        }

        var workingHours = LoadWorkingHours(folder, culture, problems);
        var years = new List<CalendarYear>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name == WorkingHoursFileReader.FileName)
            {
                continue;
            }

            var match = YearFileName().Match(name);
            if (!match.Success)
            {
                if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    var ignored = new ProblemList(path);
                    ignored.Warning(CalendarProblemCodes.UnrecognisedFile, null, say.Say(
                        $"Tệp \"{name}\" không được đọc: tệp lịch năm phải có tên <năm>.json (ví dụ 2026.json), tệp giờ làm việc là {WorkingHoursFileReader.FileName}.",
                        $"The file \"{name}\" is not read: a year file must be named <year>.json (e.g. 2026.json), and the working-hours file {WorkingHoursFileReader.FileName}."));
                    problems.AddRange(ignored.Items);
                }

                continue;
            }

            var fileProblems = new ProblemList(path);
            var year = YearFileReader.Read(path, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), workingHours.Default, new CalendarJsonReader(fileProblems, culture));
            problems.AddRange(fileProblems.Items);
            if (year is not null && years.All(known => known.Year != year.Year))
            {
                years.Add(year);
            }
        }

        ReportYearCoverage(years, folderProblems, say);
        problems.AddRange(folderProblems.Items);
        return new CalendarLoadResult(new WorkingCalendar(workingHours, years), problems.ToArray());
    }

    /// <summary>
    /// Finds <c>procedures/calendars</c> in the given folder or one of its parents, so the tools
    /// work from anywhere inside the repository. Null when there is none.
    /// </summary>
    public static string? FindDefaultFolder(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "procedures", "calendars");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static WorkingHoursSettings LoadWorkingHours(string folder, CultureInfo? culture, List<Problem> problems)
    {
        var path = Path.Combine(folder, WorkingHoursFileReader.FileName);
        var fileProblems = new ProblemList(path);
        var reader = new CalendarJsonReader(fileProblems, culture);
        if (!File.Exists(path))
        {
            fileProblems.Warning(CalendarProblemCodes.WorkingHoursFileMissing, null, reader.Say(
                $"Không có tệp {WorkingHoursFileReader.FileName}: dùng giờ làm việc mặc định thứ Hai - thứ Sáu, 07:00–11:30 và 13:30–17:00.",
                $"There is no {WorkingHoursFileReader.FileName}: the default week is used, Monday to Friday, 07:00–11:30 and 13:30–17:00."));
            problems.AddRange(fileProblems.Items);
            return WorkingHoursSettings.Standard;
        }

        // When the file is unusable its problems are errors already; the standard week lets
        // the year files still be checked.
        var settings = WorkingHoursFileReader.Read(path, reader);
        problems.AddRange(fileProblems.Items);
        return settings ?? WorkingHoursSettings.Standard;
    }

    private static void ReportYearCoverage(List<CalendarYear> years, ProblemList problems, CalendarJsonReader say)
    {
        if (years.Count == 0)
        {
            problems.Warning(CalendarProblemCodes.NoYearFile, null, say.Say(
                "Thư mục lịch không có tệp năm nào (<năm>.json): mọi năm chỉ áp dụng lịch làm việc hằng tuần, không trừ ngày nghỉ lễ, Tết.",
                "The calendars folder has no year file (<year>.json): every year uses the weekly pattern only, without holidays."));
            return;
        }

        var loaded = years.Select(y => y.Year).ToHashSet();
        for (var year = loaded.Min() + 1; year < loaded.Max(); year++)
        {
            if (!loaded.Contains(year))
            {
                problems.Warning(CalendarProblemCodes.MissingYearBetween, null, say.Say(
                    $"Thiếu lịch năm {year} (có lịch các năm trước và sau): năm đó chỉ áp dụng lịch làm việc hằng tuần; thêm tệp {year}.json.",
                    $"The {year} calendar is missing (earlier and later years are present): that year uses the weekly pattern only; add {year}.json."));
            }
        }
    }

    [GeneratedRegex(@"^(\d{4})\.json$")]
    private static partial Regex YearFileName();
}
