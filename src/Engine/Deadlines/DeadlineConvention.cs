namespace Workflow.Engine.Deadlines;

/// <summary>How working days are counted; a setting, because both are in use.</summary>
public enum DeadlineConvention
{
    /// <summary>
    /// Civil Code 2015 arts. 147-148: the day of receipt is not counted; N working days end at
    /// the close of the Nth working day after it. The default.
    /// </summary>
    CivilCode,

    /// <summary>
    /// The working-hours convention of several provincial systems: N working days are
    /// N × 8 working hours counted inside working periods from the receipt.
    /// </summary>
    WorkingHours,
}
