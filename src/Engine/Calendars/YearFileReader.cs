using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Calendars;

/// <summary>Reads one <c>&lt;year&gt;.json</c> file: the year's days off and make-up weekend days.</summary>
internal static class YearFileReader
{
    private static readonly string[] RootFields = { "$schema", "year", "provisional", "note", "daysOff", "workingWeekendDays" };
    private static readonly string[] EntryFields = { "date", "name", "nameEn", "note" };

    /// <summary>The year's data (leaving out entries with problems), or null when the file cannot be used at all.</summary>
    public static CalendarYear? Read(string path, int yearInFileName, WeeklySchedule defaultWeek, CalendarJsonReader reader)
    {
        if (reader.Parse(path) is not { } token || reader.AsObject(token, reader.Say("Tệp lịch năm", "A year file")) is not { } root)
        {
            return null;
        }

        reader.RejectUnknownFields(root, RootFields);
        var year = yearInFileName;
        if (reader.Required(root, "year") is { } yearToken && reader.ReadYear(yearToken) is { } declared && declared != yearInFileName)
        {
            reader.Problems.Error(CalendarProblemCodes.YearDoesNotMatchFileName, yearToken, reader.Say(
                $"Năm {declared} không khớp với tên tệp {Path.GetFileName(path)}: sửa \"year\" hoặc đổi tên tệp thành {declared}.json.",
                $"The year {declared} does not match the file name {Path.GetFileName(path)}: fix \"year\" or rename the file to {declared}.json."));
            year = declared;
        }

        var provisional = reader.Required(root, "provisional") is { } provisionalToken && reader.ReadBoolean(provisionalToken, "provisional") == true;
        var note = CalendarJsonReader.Optional(root, "note") is { } noteToken ? reader.ReadText(noteToken, "note", allowEmpty: true) : null;

        var seen = new Dictionary<DateOnly, JToken>();
        var daysOff = new List<DayOff>();
        foreach (var (date, entry, at) in ReadEntries(root, "daysOff", year, reader))
        {
            if (!defaultWeek.Works(date.DayOfWeek))
            {
                reader.Problems.Error(CalendarProblemCodes.DayOffOnWeeklyRestDay, at, reader.Say(
                    $"Ngày nghỉ {Shown(date, reader)} vốn là ngày nghỉ hằng tuần nên không cần ghi; nếu ngày lễ rơi vào ngày nghỉ hằng tuần, hãy ghi ngày nghỉ bù (ngày làm việc kế tiếp, Điều 111.3 Bộ luật Lao động).",
                    $"The day off {Shown(date, reader)} is already a weekly rest day; when a holiday falls on a weekly rest day, list its compensation day instead (the next working day, Labour Code art. 111.3)."));
                continue;
            }

            if (IsRepeated(date, at, seen, reader))
            {
                continue;
            }

            daysOff.Add(new DayOff(date, entry.Name, entry.EnglishName, entry.Note));
        }

        var makeUpDays = new List<WorkingWeekendDay>();
        foreach (var (date, entry, at) in ReadEntries(root, "workingWeekendDays", year, reader))
        {
            if (defaultWeek.Works(date.DayOfWeek))
            {
                reader.Problems.Error(CalendarProblemCodes.MakeUpDayNotOnWeekend, at, reader.Say(
                    $"Ngày làm bù {Shown(date, reader)} vốn đã là ngày làm việc: ngày làm bù phải là ngày nghỉ hằng tuần (thứ Bảy hoặc Chủ nhật).",
                    $"The make-up day {Shown(date, reader)} is already a working day: a make-up working day must be a weekly rest day (Saturday or Sunday)."));
                continue;
            }

            if (IsRepeated(date, at, seen, reader))
            {
                continue;
            }

            makeUpDays.Add(new WorkingWeekendDay(date, entry.Name, entry.EnglishName, entry.Note));
        }

        return new CalendarYear(year, provisional, daysOff.OrderBy(d => d.Date).ToImmutableArray(), makeUpDays.OrderBy(d => d.Date).ToImmutableArray(), note, path);
    }

    private static IEnumerable<(DateOnly Date, (string Name, string? EnglishName, string? Note) Entry, JToken At)> ReadEntries(
        JObject root, string field, int year, CalendarJsonReader reader)
    {
        if (reader.Required(root, field) is not { } token || reader.AsArray(token, $"\"{field}\"") is not { } array)
        {
            yield break;
        }

        foreach (var item in array)
        {
            if (reader.AsObject(item, reader.Say("Mỗi phần tử", "Each entry")) is not { } obj)
            {
                continue;
            }

            reader.RejectUnknownFields(obj, EntryFields);
            var dateToken = reader.Required(obj, "date");
            var date = dateToken is null ? null : reader.ReadDate(dateToken);
            var name = reader.Required(obj, "name") is { } nameToken ? reader.ReadText(nameToken, "name", allowEmpty: false) : null;
            var englishName = CalendarJsonReader.Optional(obj, "nameEn") is { } englishToken ? reader.ReadText(englishToken, "nameEn", allowEmpty: false) : null;
            var note = CalendarJsonReader.Optional(obj, "note") is { } noteToken ? reader.ReadText(noteToken, "note", allowEmpty: true) : null;
            if (date is null || name is null)
            {
                continue;
            }

            if (date.Value.Year != year)
            {
                reader.Problems.Error(CalendarProblemCodes.DateOutsideYear, dateToken, reader.Say(
                    $"Ngày {VietnamTime.FormatDate(date.Value)} không thuộc năm {year} của tệp này: ghi nó vào tệp {date.Value.Year}.json.",
                    $"The date {VietnamTime.FormatDate(date.Value)} is not in this file's year {year}: put it in {date.Value.Year}.json."));
                continue;
            }

            yield return (date.Value, (name, englishName, note), dateToken!);
        }
    }

    // One map serves both lists: a date cannot be a day off (a weekday) and a make-up day (a
    // weekend day) at once, as the weekday checks above already ensure.
    private static bool IsRepeated(DateOnly date, JToken at, Dictionary<DateOnly, JToken> seen, CalendarJsonReader reader)
    {
        if (!seen.TryGetValue(date, out var first))
        {
            seen[date] = at;
            return false;
        }

        var (line, _) = ProblemList.Position(first);
        var where = ProblemList.PathOf(first.Parent?.Parent ?? first);
        reader.Problems.Error(CalendarProblemCodes.DuplicateDate, at, reader.Say(
            $"Ngày {VietnamTime.FormatDate(date)} đã được ghi ở dòng {line} ({where}): mỗi ngày chỉ ghi một lần.",
            $"The date {VietnamTime.FormatDate(date)} is already listed on line {line} ({where}): list each date once."));
        return true;
    }

    private static string Shown(DateOnly date, CalendarJsonReader reader) =>
        $"{VietnamTime.FormatDate(date)} ({MessageLanguage.Weekday(date.DayOfWeek, reader.Culture)})";
}
