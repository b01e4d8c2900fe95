namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>
/// The written apology with a new appointment (2018 set), or the apology and request to
/// extend the processing time (2025 set), sent by the unit that is late.
/// </summary>
public sealed record ApologyFormData : FormData, IDossierFormData
{
    public override string Purpose => FormPurpose.Apology;

    /// <summary>The letter's number and symbol, e.g. "125/TB-KT", when the unit numbers it.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The person the apology is addressed to (kính gửi).</summary>
    public required FormApplicant Addressee { get; init; }

    /// <summary>The dossier; its code is the receipt number and its receipt time the date received.</summary>
    public required FormDossier Dossier { get; init; }

    public required DateTimeOffset OriginalAppointmentAt { get; init; }

    /// <summary>
    /// True when the apology was made after the original appointment had passed; false when it was
    /// made ahead of it (the law asks for it at least one working day before), so the letter says "will be late". Taken from
    /// the apology's journal entry, where the engine recorded it.
    /// </summary>
    public required bool AlreadyLate { get; init; }

    /// <summary>The unit that did not finish in time.</summary>
    public required string LateUnit { get; init; }

    public required string Reason { get; init; }

    /// <summary>The apology in the unit's own words; the template's standard sentence when empty.</summary>
    public string? ApologyText { get; init; }

    /// <summary>The new appointment; it may be set only once (Decree 61 art. 19.9).</summary>
    public required DateTimeOffset NewAppointmentAt { get; init; }

    /// <summary>The head of the late unit, who signs.</summary>
    public required FormOfficer Signer { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }
}
