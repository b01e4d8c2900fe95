namespace Workflow.Engine.Deadlines;

/// <summary>How working days are counted (DOMAIN: both conventions are in use).</summary>
public enum DeadlineConvention
{
    /// <summary>Civil Code art. 147-148: the receipt day is not counted; N days end at the close of the Nth working day.</summary>
    CivilCode,

    /// <summary>N working days are N × 8 working hours counted from the receipt instant.</summary>
    WorkingHours,
}
