using Workflow.Engine.Calendars;

namespace Workflow.Engine.Tests.Calendars;

public class VietnamTimeTests
{
    [Fact]
    public void Local_midnight_is_17_00_UTC_the_day_before()
    {
        var utc = VietnamTime.FromLocal(Vn.Date(2026, 2, 27), new TimeOnly(0, 0));
        Assert.Equal(new DateTimeOffset(2026, 2, 26, 17, 0, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Fact]
    public void A_UTC_instant_in_the_evening_is_the_next_local_day()
    {
        var instant = new DateTimeOffset(2026, 2, 26, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal(Vn.Date(2026, 2, 27), VietnamTime.LocalDate(instant));
        Assert.Equal(new TimeOnly(0, 30), VietnamTime.LocalTimeOfDay(instant));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.ToLocal(instant).Offset);
    }

    [Fact]
    public void Formats_for_people_and_for_machines()
    {
        var instant = new DateTimeOffset(2026, 2, 27, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal("27/02/2026 17:00", VietnamTime.Format(instant));
        Assert.Equal("2026-02-27T17:00:00+07:00", VietnamTime.ToIso8601(instant));
        Assert.Equal("27/02/2026", VietnamTime.FormatDate(Vn.Date(2026, 2, 27)));
    }

    [Theory]
    [InlineData("2026-02-13T10:00")]
    [InlineData("2026-02-13T10:00:00")]
    [InlineData("2026-02-13T10:00+07:00")]
    [InlineData("2026-02-13T03:00Z")]
    [InlineData("2026-02-13T05:00:00+02:00")]
    public void Parses_local_time_or_an_explicit_offset(string text)
    {
        Assert.True(VietnamTime.TryParse(text, out var instant));
        Assert.Equal(new DateTimeOffset(2026, 2, 13, 3, 0, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("13/02/2026 10:00")]
    [InlineData("2026-02-13")]
    [InlineData("2026-02-30T10:00")]
    public void Refuses_anything_else(string text) => Assert.False(VietnamTime.TryParse(text, out _));
}
