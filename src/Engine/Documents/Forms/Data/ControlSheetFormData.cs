namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The control sheet of a dossier's progress (phiếu kiểm soát quá trình giải quyết hồ sơ): one row per handover.</summary>
public sealed record ControlSheetFormData : FormData, IDossierFormData
{
    public override string Purpose => FormPurpose.ControlSheet;

    public required FormDossier Dossier { get; init; }

    public required FormApplicant Applicant { get; init; }

    public DateTimeOffset? AppointmentAt { get; init; }

    /// <summary>The agency or unit that resolves the dossier.</summary>
    public string? LeadUnit { get; init; }

    /// <summary>Agencies that take part in resolving it (liên thông).</summary>
    public IReadOnlyList<string> CoordinatingUnits { get; init; } = [];

    /// <summary>The components digitised at receipt, certified, or filed electronically, each with its wording.</summary>
    public IReadOnlyList<FormDocumentLine> DigitisedDocuments { get; init; } = [];

    public required IReadOnlyList<FormHandoffRow> Handoffs { get; init; }

    /// <summary>Time per phase of the internal process, when the procedure's version has phases.</summary>
    public IReadOnlyList<FormPhaseRow> Phases { get; init; } = [];
}
