namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The dossier a form is about, as forms print it.</summary>
public sealed record FormDossier
{
    /// <summary>The dossier code, e.g. "H55.24.3-261126-0007"; receipts call it the receipt number too.</summary>
    public required string Code { get; init; }

    /// <summary>The administrative procedure's name as published.</summary>
    public required string ProcedureName { get; init; }

    /// <summary>The national procedure code, e.g. "1.001193".</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>What the applicant asks for, when it says more than the procedure's name.</summary>
    public string? Request { get; init; }

    /// <summary>When the desk received the dossier (printed in Vietnam time).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
