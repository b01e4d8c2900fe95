namespace Workflow.Engine.Calendars;

/// <summary>How much a year's calendar can be trusted.</summary>
public enum CalendarYearStatus
{
    /// <summary>The official schedule was entered.</summary>
    Official,

    /// <summary>Statutory days only; the official schedule is not yet announced.</summary>
    Provisional,

    /// <summary>No file for that year: only the weekly pattern applies, holidays are not known.</summary>
    NotLoaded,
}
