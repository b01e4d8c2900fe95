namespace Workflow.Engine.Deadlines;

/// <summary>Which rule produced a due instant, so explanations and reports can say so.</summary>
public enum DeadlineCountingMethod
{
    /// <summary>A zero duration: due at the start instant.</summary>
    Immediate,

    /// <summary>Whole working days under the Civil Code: close of the Nth working day after the receipt date.</summary>
    CivilCodeWorkingDays,

    /// <summary>Working time counted inside working periods (working hours, fractional days, or the working-hours convention).</summary>
    WorkingTime,

    /// <summary>Calendar days, moved to the next working day when the last day is a rest day.</summary>
    CalendarDays,

    /// <summary>Same day, or the next working day after the cut-off.</summary>
    SameDay,
}
