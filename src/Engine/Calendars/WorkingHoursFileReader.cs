using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Calendars;

/// <summary>Reads <c>working-hours.json</c>: the default working week and the units' own hours.</summary>
internal static class WorkingHoursFileReader
{
    public const string FileName = "working-hours.json";

    private static readonly string[] RootFields = { "$schema", "default", "units" };
    private static readonly string[] DefaultFields = { "workingWeek", "periods", "days" };
    private static readonly string[] UnitFields = { "name", "nameEn", "note", "workingWeek", "periods", "days" };

    /// <summary>The settings, or null when the default week cannot be read (the problems say why).</summary>
    public static WorkingHoursSettings? Read(string path, CalendarJsonReader reader)
    {
        if (reader.Parse(path) is not { } token || reader.AsObject(token, reader.Say("Tệp giờ làm việc", "The working-hours file")) is not { } root)
        {
            return null;
        }

        reader.RejectUnknownFields(root, RootFields);
        WeeklySchedule? defaultWeek = null;
        if (reader.Required(root, "default") is { } defaultToken && reader.AsObject(defaultToken, "\"default\"") is { } defaultObject)
        {
            reader.RejectUnknownFields(defaultObject, DefaultFields);
            var week = reader.Required(defaultObject, "workingWeek") is { } weekToken ? ReadWeek(weekToken, reader) : null;
            var periods = reader.Required(defaultObject, "periods") is { } periodsToken ? reader.ReadPeriods(periodsToken, "periods", requireOne: true) : null;
            var days = ReadDays(defaultObject, reader, out var daysValid);
            if (week is not null && periods is not null && daysValid)
            {
                defaultWeek = Build(periods, week, days, defaultObject, reader);
            }
        }

        var units = new List<UnitWorkingHours>();
        if (CalendarJsonReader.Optional(root, "units") is { } unitsToken && reader.AsObject(unitsToken, "\"units\"") is { } unitsObject)
        {
            foreach (var property in unitsObject.Properties())
            {
                if (ReadUnit(property, defaultWeek, reader) is { } unit)
                {
                    units.Add(unit);
                }
            }
        }

        return defaultWeek is null ? null : new WorkingHoursSettings(defaultWeek, units);
    }

    private static UnitWorkingHours? ReadUnit(JProperty property, WeeklySchedule? defaultWeek, CalendarJsonReader reader)
    {
        if (string.IsNullOrWhiteSpace(property.Name) || property.Name.Any(char.IsWhiteSpace))
        {
            reader.Problems.Error(CalendarProblemCodes.InvalidValue, property.Value, reader.Say(
                $"Mã đơn vị \"{property.Name}\" không hợp lệ: mã đơn vị không được rỗng hoặc chứa khoảng trắng.",
                $"The unit id \"{property.Name}\" is not valid: a unit id cannot be empty or contain spaces."));
            return null;
        }

        if (reader.AsObject(property.Value, reader.Say($"Giờ làm việc của đơn vị \"{property.Name}\"", $"The working hours of unit \"{property.Name}\"")) is not { } obj)
        {
            return null;
        }

        reader.RejectUnknownFields(obj, UnitFields);
        var name = CalendarJsonReader.Optional(obj, "name") is { } nameToken ? reader.ReadText(nameToken, "name", allowEmpty: false) : null;
        var englishName = CalendarJsonReader.Optional(obj, "nameEn") is { } englishToken ? reader.ReadText(englishToken, "nameEn", allowEmpty: false) : null;
        var note = CalendarJsonReader.Optional(obj, "note") is { } noteToken ? reader.ReadText(noteToken, "note", allowEmpty: true) : null;
        var weekToken = CalendarJsonReader.Optional(obj, "workingWeek");
        var periodsToken = CalendarJsonReader.Optional(obj, "periods");
        var week = weekToken is null ? null : ReadWeek(weekToken, reader);
        var periods = periodsToken is null ? null : reader.ReadPeriods(periodsToken, "periods", requireOne: true);
        var days = ReadDays(obj, reader, out var daysValid);
        if ((weekToken is not null && week is null) || (periodsToken is not null && periods is null) || !daysValid || defaultWeek is null)
        {
            return null;
        }

        if (weekToken is null && periodsToken is null && days is null)
        {
            reader.Problems.Warning(CalendarProblemCodes.EmptyUnitOverride, obj, reader.Say(
                $"Đơn vị \"{property.Name}\" không khai báo workingWeek, periods hay days nên vẫn dùng giờ làm việc chung; xóa mục này hoặc ghi giờ làm việc riêng.",
                $"Unit \"{property.Name}\" gives no workingWeek, periods or days, so it keeps the default hours; remove the entry or give its own hours."));
            return null;
        }

        // Whatever the unit does not say is inherited from the default week; days merge by weekday.
        var mergedDays = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>(defaultWeek.SpecialDays);
        foreach (var (day, own) in days ?? new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>())
        {
            mergedDays[day] = own;
        }

        var schedule = Build(periods ?? defaultWeek.StandardDay, week ?? defaultWeek.WorkingWeek, mergedDays, obj, reader);
        return schedule is null ? null : new UnitWorkingHours(property.Name, schedule, name, englishName, note);
    }

    private static IReadOnlyList<DayOfWeek>? ReadWeek(JToken token, CalendarJsonReader reader)
    {
        if (reader.AsArray(token, "\"workingWeek\"") is not { } array)
        {
            return null;
        }

        var days = new List<DayOfWeek>();
        var valid = true;
        foreach (var item in array)
        {
            var name = item.Type == JTokenType.String ? (string?)item : null;
            if (reader.ReadWeekday(name, item) is not { } day)
            {
                valid = false;
            }
            else if (days.Contains(day))
            {
                reader.Problems.Error(CalendarProblemCodes.DuplicateDate, item, reader.Say(
                    $"Thứ \"{name}\" được ghi hai lần trong \"workingWeek\".",
                    $"The weekday \"{name}\" is listed twice in \"workingWeek\"."));
                valid = false;
            }
            else
            {
                days.Add(day);
            }
        }

        return valid ? days : null;
    }

    private static Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>? ReadDays(JObject owner, CalendarJsonReader reader, out bool valid)
    {
        valid = true;
        if (CalendarJsonReader.Optional(owner, "days") is not { } token)
        {
            return null;
        }

        if (reader.AsObject(token, "\"days\"") is not { } obj)
        {
            valid = false;
            return null;
        }

        var days = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>();
        foreach (var property in obj.Properties())
        {
            var day = reader.ReadWeekday(property.Name, property.Value);
            var periods = reader.ReadPeriods(property.Value, $"days.{property.Name}", requireOne: false);
            if (day is null || periods is null)
            {
                valid = false;
                continue;
            }

            days[day.Value] = periods;
        }

        return days;
    }

    private static WeeklySchedule? Build(
        IReadOnlyList<WorkingPeriod> standardDay,
        IEnumerable<DayOfWeek> week,
        IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>? days,
        JObject at,
        CalendarJsonReader reader)
    {
        var weekList = week.ToList();
        var worksSomeDay = Enum.GetValues<DayOfWeek>().Any(day =>
            days is not null && days.TryGetValue(day, out var own) ? own.Count > 0 : weekList.Contains(day));
        if (!worksSomeDay)
        {
            reader.Problems.Error(CalendarProblemCodes.NoWorkingDay, at, reader.Say(
                "Lịch tuần này không có ngày làm việc nào: cần ít nhất một thứ có khung giờ làm việc.",
                "This weekly schedule has no working day: at least one weekday needs working periods."));
            return null;
        }

        return new WeeklySchedule(standardDay, weekList, days);
    }
}
