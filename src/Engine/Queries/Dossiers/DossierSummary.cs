namespace Workflow.Engine.Queries.Dossiers;

/// <summary>One line of a dossier list. Instants are local (UTC+7).</summary>
public sealed record DossierSummary(
    Guid Id,
    string Code,
    int StatusCode,
    string ProcedureId,
    string ProcedureName,
    string ReceivingUnitId,
    string ApplicantName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? FinishedAt);
