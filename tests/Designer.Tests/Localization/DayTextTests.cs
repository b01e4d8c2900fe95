using System.Globalization;
using Workflow.Designer.Localization;

namespace Workflow.Designer.Tests.Localization;

/// <summary>The designer's day inputs (effective date on publish, simulated receipt day) read and show days as its language writes them.</summary>
public sealed class DayTextTests
{
    [Fact]
    public void In_Vietnamese_a_day_is_typed_and_shown_day_first()
    {
        InCulture("vi-VN", () =>
        {
            Assert.Equal(new DateOnly(2027, 1, 4), DayText.Parse("04/01/2027"));
            Assert.Equal(new DateOnly(2027, 1, 4), DayText.Parse(" 4/1/2027 "));
            Assert.Equal("04/01/2027", DayText.Format(new DateOnly(2027, 1, 4)));
            Assert.Null(DayText.Parse("2027-01-04"));
            Assert.Null(DayText.Parse("31/02/2027"));
        });
    }

    [Fact]
    public void In_English_a_day_is_typed_and_shown_year_first()
    {
        InCulture("en-US", () =>
        {
            Assert.Equal(new DateOnly(2027, 1, 4), DayText.Parse("2027-01-04"));
            Assert.Equal("2027-01-04", DayText.Format(new DateOnly(2027, 1, 4)));
            Assert.Null(DayText.Parse("04/01/2027"));
        });
    }

    private static void InCulture(string name, Action action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
