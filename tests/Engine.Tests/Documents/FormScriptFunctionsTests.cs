using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;

namespace Workflow.Engine.Tests.Documents;

/// <summary>The helpers templates call print dates in Vietnam time and amounts the Vietnamese way.</summary>
public class FormScriptFunctionsTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 26, 8, 30, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Dates_and_times_are_written_as_Vietnamese_forms_write_them()
    {
        Assert.Equal("26/11/2026", FormScriptFunctions.VnDate(Morning));
        Assert.Equal("08 giờ 30 phút", FormScriptFunctions.VnTime(Morning));
        Assert.Equal("08 giờ 30 phút, ngày 26/11/2026", FormScriptFunctions.VnDatetime(Morning));
        Assert.Equal("ngày 26 tháng 11 năm 2026", FormScriptFunctions.VnDateWords(Morning));
        Assert.Equal("08 giờ 30 phút, ngày 26 tháng 11 năm 2026", FormScriptFunctions.VnDatetimeWords(Morning));
        Assert.Equal("08:30 26/11/2026", FormScriptFunctions.VnDatetimeShort(Morning));
    }

    [Fact]
    public void Instants_in_any_offset_are_printed_in_Vietnam_time()
    {
        var utc = new DateTimeOffset(2025, 6, 30, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal("00 giờ 30 phút, ngày 01/07/2025", FormScriptFunctions.VnDatetime(utc));
        Assert.Equal("01/07/2025", FormScriptFunctions.VnDate(utc));
    }

    [Theory]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]
    [InlineData(2026, 1, 10, "ngày 10 tháng 01 năm 2026")]
    [InlineData(2026, 3, 1, "ngày 01 tháng 3 năm 2026")]
    [InlineData(2026, 12, 24, "ngày 24 tháng 12 năm 2026")]
    public void Date_lines_follow_decree_30_2020_on_leading_zeros(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, FormScriptFunctions.VnDateWords(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(10000, "10.000 đồng")]
    [InlineData(75000, "75.000 đồng")]
    [InlineData(1250000, "1.250.000 đồng")]
    [InlineData(0, "0 đồng")]
    [InlineData(2000.5, "2.000,5 đồng")]
    public void Money_is_grouped_with_dots_and_named_in_dong(decimal amount, string expected)
    {
        Assert.Equal(expected, FormScriptFunctions.Money(amount));
    }

    [Fact]
    public void Punctuality_is_printed_as_the_control_sheet_words()
    {
        Assert.Equal("Trước hạn", FormScriptFunctions.PunctualityText("early"));
        Assert.Equal("Đúng hạn", FormScriptFunctions.PunctualityText("on-time"));
        Assert.Equal("Quá hạn", FormScriptFunctions.PunctualityText("late"));
        Assert.Equal("Quá hạn", FormScriptFunctions.PunctualityText(FormPunctuality.Late));
        Assert.Equal("", FormScriptFunctions.PunctualityText(null));
        Assert.Throws<ArgumentException>(() => FormScriptFunctions.PunctualityText("soon"));
    }

    [Fact]
    public void Empty_values_print_nothing_or_a_dotted_line()
    {
        Assert.Equal("", FormScriptFunctions.VnDate(null));
        Assert.Equal("", FormScriptFunctions.Money(null));
        Assert.Equal("..........", FormScriptFunctions.Fill(null, 10));
        Assert.Equal("....", FormScriptFunctions.Fill("  ", 4));
        Assert.Equal("0903 456 789", FormScriptFunctions.Fill("0903 456 789"));
        Assert.Equal("01", FormScriptFunctions.TwoDigits(1));
        Assert.Equal("12", FormScriptFunctions.TwoDigits(12));
    }

    [Fact]
    public void A_date_without_a_time_cannot_print_a_time()
    {
        var error = Assert.Throws<ArgumentException>(() => FormScriptFunctions.VnTime(new DateOnly(2026, 11, 26)));

        Assert.Contains("vn_date", error.Message);
    }
}
