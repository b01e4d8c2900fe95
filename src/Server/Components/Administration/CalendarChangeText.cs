using System.Globalization;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Administration;

/// <summary>A calendar change as the administrators' page says it: one sentence in the reader's language, dates dd/MM/yyyy in Vietnamese.</summary>
public static class CalendarChangeText
{
    public static string Describe(CalendarChange change)
    {
        var what = change.Items.Count == 0
            ? T("không đổi ngày nào", "no day changed")
            : string.Join("; ", change.Items.Select(Describe));
        var moved = change.MovedDueDates == 0
            ? T("không hồ sơ nào đổi hạn", "no dossier's due date moved")
            : T($"{Count(change.MovedDueDates)} hồ sơ đang giải quyết được tính lại hạn", $"{Count(change.MovedDueDates)} open dossiers' due dates recomputed");
        return T($"{Instant(change.At)} · {change.By} · năm {change.Year}: {what}. {moved}.",
            $"{Instant(change.At)} · {change.By} · {change.Year}: {what}. {moved}.");
    }

    public static string Describe(CalendarChangeItem item)
    {
        if (item.Legacy is { } sentence)
        {
            return sentence;
        }

        var kind = item.Kind == CalendarChangeItem.WorkedWeekendDay ? T("ngày làm bù", "worked weekend day") : T("ngày nghỉ", "day off");
        var day = $"{Day(item.Date)}{(string.IsNullOrWhiteSpace(item.Name) ? "" : $" ({item.Name})")}";
        return item.Action switch
        {
            CalendarChangeItem.Added => T($"thêm {kind} {day}", $"added {kind} {day}"),
            CalendarChangeItem.Removed => T($"bỏ {kind} {day}", $"removed {kind} {day}"),
            CalendarChangeItem.Renamed => T($"đổi tên {kind} {day}", $"renamed {kind} {day}"),
            CalendarChangeItem.MarkedProvisional => T("đánh dấu là lịch tạm tính", "marked provisional"),
            CalendarChangeItem.MarkedFinal => T("đánh dấu là lịch chính thức", "marked final"),
            CalendarChangeItem.WorkingHours => T($"giờ làm việc: {HoursText(item.Hours)}", $"working hours: {HoursText(item.Hours)}"),
            _ => T("thay đổi khác", "another change"),
        };
    }

    /// <summary>The stored week and periods ("monday, friday, 07:30-11:30") with the days named in the reader's language.</summary>
    private static string HoursText(string? stored) => string.Join(", ", (stored ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries)
        .Select(part => Enum.TryParse<DayOfWeek>(part, ignoreCase: true, out var day) && !char.IsDigit(part[0]) ? DayName(day) : part));

    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => T("Thứ Hai", "Mon"),
        DayOfWeek.Tuesday => T("Thứ Ba", "Tue"),
        DayOfWeek.Wednesday => T("Thứ Tư", "Wed"),
        DayOfWeek.Thursday => T("Thứ Năm", "Thu"),
        DayOfWeek.Friday => T("Thứ Sáu", "Fri"),
        DayOfWeek.Saturday => T("Thứ Bảy", "Sat"),
        _ => T("Chủ nhật", "Sun"),
    };

    private static string Instant(DateTimeOffset? at) =>
        at is { } value ? Workflow.Engine.Calendars.VietnamTime.ToLocal(value).ToString(IsEnglish ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "—";
}
