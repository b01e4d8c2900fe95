namespace Workflow.Engine.Reporting.Portal;

/// <summary>
/// One progress update from the dossier's journal: what one command did (its entries share one
/// instant), sent when it changed the status or handed the dossier to another step's unit.
/// Statuses passed through inside one command (e.g. 9 → 4 → 10 while returning) are not sent.
/// </summary>
/// <param name="Sequence">The last journal sequence the update covers; the next sync sends what comes after it.</param>
/// <param name="At">When, as <c>yyyyMMddHHmmss</c> in Vietnam time.</param>
/// <param name="Status">The portal status code (1-10) once the command was done.</param>
/// <param name="FromStatus">The status sent before (null for the first update).</param>
/// <param name="Commands">What happened, as the journal names it (accept, complete, handoff, request-supplement, end...).</param>
public sealed record PortalStatusUpdate(
    int Sequence,
    string At,
    int Status,
    string StatusValue,
    string StatusName,
    int? FromStatus,
    IReadOnlyList<string> Commands,
    string? ActorName,
    string? AgencyCode,
    string? FromAgencyCode,
    string? ToAgencyCode,
    string? Note);
