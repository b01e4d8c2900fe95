namespace Workflow.Engine.Reporting.Portal;

/// <summary>
/// A dossier as it is synchronised to the national public service portal: codes, channel (1 desk,
/// 2 online, 3 post), the applicant, the key dates as <c>yyyyMMddHHmmss</c> in Vietnam time, the
/// status code (1-10) with its portal value, and the status history from the journal.
/// </summary>
/// <param name="ProcedureCode">The national procedure code (e.g. 1.001193); null when the definition has none.</param>
/// <param name="AgencyCode">The receiving unit's agency code on the receipt date (Circular 10/2016/TT-BTTTT).</param>
/// <param name="SubmittedAt">When the dossier was filed (online submission, desk receipt, or the signed postal handover).</param>
/// <param name="ReceivedAt">When the desk accepted it and the statutory clock started; null when it was never accepted.</param>
/// <param name="AppointmentAt">The appointment promised to the citizen (the apology's new one, if any).</param>
/// <param name="FinishedAt">When the result was ready.</param>
/// <param name="ReturnedAt">When the result was handed over (at the desk, online, or to the postal service).</param>
/// <param name="Punctuality">early, on-time or late once finished.</param>
public sealed record PortalDossier(
    string DossierCode,
    string? ProcedureCode,
    string ProcedureName,
    string Field,
    string AgencyCode,
    string AgencyName,
    int Channel,
    PortalApplicant Applicant,
    string SubmittedAt,
    string? ReceivedAt,
    string? AppointmentAt,
    string? FinishedAt,
    string? ReturnedAt,
    int Status,
    string StatusValue,
    string StatusName,
    string? Punctuality,
    IReadOnlyList<PortalStatusUpdate> History);
