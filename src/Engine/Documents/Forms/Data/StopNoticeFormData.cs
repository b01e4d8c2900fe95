namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The notice that processing of a dossier has stopped (thông báo dừng giải quyết hồ sơ, 2025 set).</summary>
public sealed record StopNoticeFormData : FormData, IDossierFormData
{
    public override string Purpose => FormPurpose.StopNotice;

    /// <summary>The notice's number and symbol, when the unit numbers it.</summary>
    public string? DocumentNumber { get; init; }

    public required FormDossier Dossier { get; init; }

    public required FormApplicant Applicant { get; init; }

    public required string Reason { get; init; }

    /// <summary>The legal provision the stop rests on.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>What the applicant may do next (file again, collect the documents...).</summary>
    public string? Guidance { get; init; }

    public required FormOfficer Signer { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }
}
