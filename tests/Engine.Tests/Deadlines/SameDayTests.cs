using Workflow.Engine.Deadlines;
using Workflow.Engine.Tests.Calendars;

namespace Workflow.Engine.Tests.Deadlines;

/// <summary>Same-day procedures: due at the close, or the next working day after the 15:00 cut-off (Decree 61 art. 18.2).</summary>
public class SameDayTests
{
    private static DeadlineCalculator Calculator => RealCalendar.Calculator;

    private static DeadlineResult Calculate(DateTimeOffset received, TimeOnly? cutoff = null, string? unitId = null) =>
        Calculator.Calculate(received, Duration.SameDay(cutoff), unitId: unitId);

    [Theory]
    [InlineData(6, 30, 0)]
    [InlineData(14, 59, 0)]
    [InlineData(15, 0, 0)]
    public void Received_by_the_cut_off_is_due_the_same_day(int hour, int minute, int second)
    {
        var result = Calculate(Vn.At(2026, 3, 9, hour, minute, second));
        Assert.Equal(Vn.At(2026, 3, 9, 17, 0), result.Due);
        Assert.Equal(SameDayOutcome.WithinCutoff, result.SameDay);
    }

    [Fact]
    public void One_second_after_the_cut_off_is_due_the_next_working_day()
    {
        var result = Calculate(Vn.At(2026, 3, 9, 15, 0, 1));
        Assert.Equal(Vn.At(2026, 3, 10, 17, 0), result.Due);
        Assert.Equal(SameDayOutcome.AfterCutoff, result.SameDay);
    }

    [Fact]
    public void Friday_evening_is_due_Monday()
    {
        var result = Calculate(Vn.At(2026, 3, 13, 18, 0));
        Assert.Equal(Vn.At(2026, 3, 16, 17, 0), result.Due);
        Assert.Equal("Tiếp nhận lúc 18:00, sau giờ chốt 15:00, nên hạn là cuối giờ làm việc của ngày làm việc tiếp theo.", result.ExplanationLines[1]);
    }

    [Fact]
    public void Friday_afternoon_before_Tet_is_due_after_Tet()
    {
        var result = Calculate(Vn.At(2026, 2, 13, 15, 30));
        Assert.Equal(Vn.At(2026, 2, 23, 17, 0), result.Due);
        Assert.Equal("Hạn 23/02/2026 17:00: giải quyết trong ngày, tiếp nhận 13/02/2026 15:30, không tính Tết Nguyên đán 16/02–20/02.", result.ExplanationLines[0]);
    }

    [Fact]
    public void Received_on_Sunday_is_due_Monday()
    {
        var result = Calculate(Vn.At(2026, 3, 15, 9, 0));
        Assert.Equal(Vn.At(2026, 3, 16, 17, 0), result.Due);
        Assert.Equal(SameDayOutcome.OnRestDay, result.SameDay);
        Assert.Equal("Ngày tiếp nhận là ngày nghỉ (nghỉ hằng tuần) nên hạn là cuối giờ làm việc của ngày làm việc tiếp theo.", result.ExplanationLines[1]);
    }

    [Fact]
    public void A_later_cut_off_can_be_configured()
    {
        Assert.Equal(Vn.At(2026, 3, 9, 17, 0), Calculate(Vn.At(2026, 3, 9, 15, 30), new TimeOnly(16, 0)).Due);
        Assert.Equal(Vn.At(2026, 3, 10, 17, 0), Calculate(Vn.At(2026, 3, 9, 16, 1), new TimeOnly(16, 0)).Due);
    }

    [Fact]
    public void Friday_after_the_cut_off_before_a_make_up_Saturday_is_due_that_Saturday()
    {
        Assert.Equal(Vn.At(2026, 8, 22, 17, 0), Calculate(Vn.At(2026, 8, 21, 16, 0)).Due);
    }

    [Fact]
    public void Received_at_the_ward_desk_on_Saturday_morning_is_due_on_the_next_statutory_working_day()
    {
        var received = Calculate(Vn.At(2026, 3, 7, 10, 0), unitId: "p-hoa-an");
        Assert.Equal(Vn.At(2026, 3, 9, 17, 0), received.Due);
        Assert.Equal(SameDayOutcome.OnRestDay, received.SameDay);
    }
}
