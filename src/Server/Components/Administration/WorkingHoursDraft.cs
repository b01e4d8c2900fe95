using Workflow.Engine.Calendars;

namespace Workflow.Server.Components.Administration;

/// <summary>The default working week being edited: the worked weekdays and the periods of a working day ("07:00-11:30").</summary>
public sealed class WorkingHoursDraft
{
    public HashSet<DayOfWeek> Week { get; set; } = [];

    public List<string> Periods { get; set; } = [];

    public static WorkingHoursDraft From(WeeklySchedule schedule) => new()
    {
        Week = [.. schedule.WorkingWeek],
        Periods = schedule.StandardDay.Select(p => $"{p.Start:HH\\:mm}-{p.End:HH\\:mm}").ToList(),
    };
}
