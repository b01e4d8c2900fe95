using System.Globalization;
using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Phases;

/// <summary>Time in a phase as it reads, counted the way the phase's budget counts: working days or hours, or calendar days.</summary>
public static class PhaseTimeText
{
    public static string Of(TimeSpan time, Duration budget, TimeSpan standardDay, CultureInfo? culture) =>
        budget.Unit == DurationUnit.CalendarDays
            ? DurationText.Of(Duration.CalendarDays(decimal.Round((decimal)time.TotalDays, 1)), culture)
            : DurationText.WorkingTime(time, standardDay, culture);
}
