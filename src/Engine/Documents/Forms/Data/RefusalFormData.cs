namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The refusal to accept a dossier (phiếu từ chối tiếp nhận giải quyết hồ sơ).</summary>
public sealed record RefusalFormData : FormData, IDossierFormData
{
    public override string Purpose => FormPurpose.Refusal;

    public required FormDossier Dossier { get; init; }

    public required FormApplicant Applicant { get; init; }

    /// <summary>The specific reason, with the rule it rests on.</summary>
    public required string Reason { get; init; }

    public required FormOfficer Officer { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }
}
