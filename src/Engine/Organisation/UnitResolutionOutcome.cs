namespace Workflow.Engine.Organisation;

/// <summary>How an attempt to find the unit of a kind for a dossier ended.</summary>
public enum UnitResolutionOutcome
{
    /// <summary>Exactly one unit was found.</summary>
    Resolved,

    /// <summary>Several units fit equally well; the organisation must say which one serves (see the candidates).</summary>
    Ambiguous,

    /// <summary>No unit of the kind can be reached from the receiving unit on that date.</summary>
    NotFound,

    /// <summary>The kind is not declared in the organisation.</summary>
    UnknownKind,

    /// <summary>The receiving unit has no record at all.</summary>
    UnknownReceivingUnit,

    /// <summary>The receiving unit was not in force on that date and no successor carries on its dossiers.</summary>
    ReceivingUnitNotInForce,
}
