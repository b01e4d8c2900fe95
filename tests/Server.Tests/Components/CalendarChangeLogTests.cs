using System.Globalization;
using Workflow.Server.Components.Administration;

namespace Workflow.Server.Tests.Components;

/// <summary>The calendar's change log reads as sentences in the reader's language, for lines old and new, never as raw JSON.</summary>
public sealed class CalendarChangeLogTests
{
    private static readonly CalendarChange Change = new(
        new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.Zero), "Hoàng Văn An", 2027,
        [
            new CalendarChangeItem(CalendarChangeItem.Added, CalendarChangeItem.DayOff, new DateOnly(2027, 9, 3), "Nghỉ bù Quốc khánh"),
            new CalendarChangeItem(CalendarChangeItem.Removed, CalendarChangeItem.WorkedWeekendDay, new DateOnly(2027, 2, 13), "Làm bù Tết"),
            new CalendarChangeItem(CalendarChangeItem.MarkedFinal),
            new CalendarChangeItem(CalendarChangeItem.WorkingHours, Hours: "monday, friday, 07:30-11:30, 13:30-17:00"),
        ],
        3);

    [Fact]
    public void A_change_is_written_as_one_json_line_and_read_back_as_a_vietnamese_sentence()
    {
        var line = Change.ToJson("quantri").ToJsonString();
        Assert.DoesNotContain('\n', line);

        var read = CalendarChange.Parse(line);

        Assert.NotNull(read);
        Assert.Equal(
            "07/12/2026 14:30 · Hoàng Văn An · năm 2027: thêm ngày nghỉ 03/09/2027 (Nghỉ bù Quốc khánh); bỏ ngày làm bù 13/02/2027 (Làm bù Tết); " +
            "đánh dấu là lịch chính thức; giờ làm việc: Thứ Hai, Thứ Sáu, 07:30-11:30, 13:30-17:00. 3 hồ sơ đang giải quyết được tính lại hạn.",
            InLanguage("vi-VN", () => CalendarChangeText.Describe(read)));
    }

    [Fact]
    public void The_same_change_reads_in_english_with_iso_dates()
    {
        var read = CalendarChange.Parse(Change.ToJson("quantri").ToJsonString())!;

        Assert.Equal(
            "2026-12-07 14:30 · Hoàng Văn An · 2027: added day off 2027-09-03 (Nghỉ bù Quốc khánh); removed worked weekend day 2027-02-13 (Làm bù Tết); " +
            "marked final; working hours: Mon, Fri, 07:30-11:30, 13:30-17:00. 3 open dossiers' due dates recomputed.",
            InLanguage("en", () => CalendarChangeText.Describe(read)));
    }

    [Fact]
    public void A_line_written_before_the_log_was_structured_keeps_its_sentence_and_a_broken_line_is_skipped()
    {
        var old = CalendarChange.Parse("""{"at":"2026-11-30T09:00:00+07:00","by":"Hoàng Văn An","userId":"quantri","year":2026,"changes":["added day off 2026-12-31 (Nghỉ thử)"],"movedDueDates":0}""");

        Assert.NotNull(old);
        Assert.Equal("30/11/2026 09:00 · Hoàng Văn An · năm 2026: added day off 2026-12-31 (Nghỉ thử). không hồ sơ nào đổi hạn.",
            InLanguage("vi-VN", () => CalendarChangeText.Describe(old)));
        Assert.Null(CalendarChange.Parse("{\"at\": "));
        Assert.Null(CalendarChange.Parse("[1, 2]"));
        Assert.Null(CalendarChange.Parse("""{"changes":[{"action":42}]}"""));
    }

    private static string InLanguage(string culture, Func<string> describe)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return describe();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
