namespace Workflow.Engine.Queries.Inbox;

/// <summary>Where an open task stands against its due instant, as an inbox shows it.</summary>
public enum DueStatus
{
    /// <summary>More than the reminder lead (one working day by default) before its due instant.</summary>
    OnTime,

    /// <summary>Due within the reminder lead, on the unit's working calendar.</summary>
    DueSoon,

    /// <summary>Past its due instant.</summary>
    Overdue,
}
