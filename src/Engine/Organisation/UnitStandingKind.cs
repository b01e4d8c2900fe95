namespace Workflow.Engine.Organisation;

/// <summary>Where a date falls in a unit's history.</summary>
public enum UnitStandingKind
{
    /// <summary>The organisation has no record of the unit.</summary>
    Unknown,

    /// <summary>One of the unit's records is in force on the date.</summary>
    InForce,

    /// <summary>The date is before the unit's first record.</summary>
    NotYetStarted,

    /// <summary>The date falls in a gap between two records of the unit.</summary>
    BetweenRecords,

    /// <summary>The unit's last record had ended by the date.</summary>
    Ended,
}
