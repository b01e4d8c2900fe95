namespace Workflow.Engine.Deadlines;

/// <summary>How a statutory or step duration is counted.</summary>
public enum DurationUnit
{
    /// <summary>Working days on the working calendar (most procedures).</summary>
    WorkingDays,

    /// <summary>Working hours inside the agency's working periods.</summary>
    WorkingHours,

    /// <summary>Calendar days; the period never ends on a rest day.</summary>
    CalendarDays,

    /// <summary>Finished the day of receipt, or the next working day when received after the cut-off.</summary>
    SameDay,
}
