using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>Early before the due date's local day; on time on that day up to the due instant; late after it.</summary>
public class PunctualityTests
{
    private static readonly DateTimeOffset DueAtClose = Vn.At(2026, 2, 27, 17, 0);

    [Theory]
    [InlineData(2026, 2, 20, 9, 0, 0, Punctuality.Early)]
    [InlineData(2026, 2, 26, 23, 59, 59, Punctuality.Early)]
    [InlineData(2026, 2, 27, 0, 0, 0, Punctuality.OnTime)]
    [InlineData(2026, 2, 27, 17, 0, 0, Punctuality.OnTime)]
    [InlineData(2026, 2, 27, 17, 0, 1, Punctuality.Late)]
    [InlineData(2026, 3, 2, 8, 0, 0, Punctuality.Late)]
    public void Against_a_deadline_at_the_close(int year, int month, int day, int hour, int minute, int second, Punctuality expected)
    {
        Assert.Equal(expected, PunctualityClassifier.Classify(Vn.At(year, month, day, hour, minute, second), DueAtClose));
    }

    [Fact]
    public void Days_are_Vietnamese_local_days_whatever_the_offset_of_the_instants()
    {
        // 26/02 17:30 UTC is 27/02 00:30 in Vietnam: the due day itself.
        Assert.Equal(Punctuality.OnTime, PunctualityClassifier.Classify(new DateTimeOffset(2026, 2, 26, 17, 30, 0, TimeSpan.Zero), DueAtClose));
        Assert.Equal(Punctuality.Early, PunctualityClassifier.Classify(new DateTimeOffset(2026, 2, 26, 16, 59, 0, TimeSpan.Zero), DueAtClose));
    }

    [Fact]
    public void Against_a_deadline_in_the_middle_of_the_day()
    {
        var due = Vn.At(2026, 2, 27, 10, 0);
        Assert.Equal(Punctuality.OnTime, PunctualityClassifier.Classify(Vn.At(2026, 2, 27, 9, 0), due));
        Assert.Equal(Punctuality.Late, PunctualityClassifier.Classify(Vn.At(2026, 2, 27, 11, 0), due));
    }
}
