using System.Globalization;
using Workflow.Server.Components.Localization;

namespace Workflow.Server.Tests.Components;

/// <summary>Numbers on the pages follow the reader's language: a decimal comma and thousands dots in Vietnamese.</summary>
public sealed class UiTextTests
{
    [Theory]
    [InlineData("vi-VN", 1_572_864L, "1,5 MB")]
    [InlineData("en", 1_572_864L, "1.5 MB")]
    [InlineData("vi-VN", 1_048_575L, "1.023 KB")]
    [InlineData("en", 1_048_575L, "1,023 KB")]
    [InlineData("vi-VN", 200L, "1 KB")]
    public void A_file_size_is_written_in_the_readers_language(string culture, long bytes, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, UiText.FileSize(bytes));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
