namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>One dossier's line in the register book.</summary>
public sealed record FormRegisterRow
{
    public required int Number { get; init; }

    public required string DossierCode { get; init; }

    public required string ApplicantName { get; init; }

    public string? ApplicantContact { get; init; }

    public required string ProcedureName { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? AppointmentAt { get; init; }

    /// <summary>The unit the dossier was transferred to for resolution.</summary>
    public string? TransferredTo { get; init; }

    /// <summary>When the result came back to the desk.</summary>
    public DateTimeOffset? ResultAt { get; init; }

    /// <summary>When the result was handed to the applicant.</summary>
    public DateTimeOffset? ReturnedAt { get; init; }

    public string? Note { get; init; }
}
