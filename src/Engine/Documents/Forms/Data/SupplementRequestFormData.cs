namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The request to supplement and complete a dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ).</summary>
public sealed record SupplementRequestFormData : FormData, IDossierFormData
{
    public override string Purpose => FormPurpose.SupplementRequest;

    public required FormDossier Dossier { get; init; }

    public required FormApplicant Applicant { get; init; }

    /// <summary>Everything missing or to be corrected, listed once (Decree 61 art. 19.4).</summary>
    public required IReadOnlyList<FormDocumentLine> MissingDocuments { get; init; }

    public required string Reason { get; init; }

    /// <summary>Whom the applicant asks when in doubt; the signing officer when empty.</summary>
    public FormOfficer? Contact { get; init; }

    /// <summary>The officer who guides the applicant and signs.</summary>
    public required FormOfficer Officer { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }
}
