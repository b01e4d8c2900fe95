namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả).</summary>
public sealed record ReceiptFormData : FormData, IDossierFormData
{
    public override string Purpose => FormPurpose.Receipt;

    public required FormDossier Dossier { get; init; }

    public required FormApplicant Applicant { get; init; }

    /// <summary>The documents received, with their counts.</summary>
    public required IReadOnlyList<FormDocumentLine> Documents { get; init; }

    /// <summary>How many sets (bộ) of the dossier were filed.</summary>
    public int SetCount { get; init; } = 1;

    /// <summary>The statutory processing time as the procedure states it, e.g. "15 ngày làm việc".</summary>
    public required string StatutoryTime { get; init; }

    /// <summary>When the result will be returned.</summary>
    public required DateTimeOffset AppointmentAt { get; init; }

    /// <summary>Where (or how) the applicant collects the result, e.g. the desk or the public postal service.</summary>
    public required string CollectAt { get; init; }

    /// <summary>The register book volume (quyển số) the dossier is entered in.</summary>
    public string? RegisterVolume { get; init; }

    /// <summary>The dossier's serial number (số thứ tự) in that volume.</summary>
    public string? RegisterSerial { get; init; }

    /// <summary>Fees and charges collected at the desk, in đồng; empty when none were due or collected.</summary>
    public decimal? FeeTotal { get; init; }

    /// <summary>
    /// The tracking secret, printed on the applicant's copy. It is known only when the dossier is
    /// received (the database keeps its hash), so only the copy printed then carries it; the stored
    /// receipt and later prints do not.
    /// </summary>
    public string? TrackingSecret { get; init; }

    /// <summary>The officer who received the dossier.</summary>
    public required FormOfficer Receiver { get; init; }
}
