namespace Workflow.Engine.Queries.Tracking;

/// <summary>One line of a signed-in citizen's own dossiers: where it stands and when the result is due.</summary>
public sealed record ApplicantDossier(
    string Code,
    string ProcedureName,
    int StatusCode,
    string StatusName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? ReturnedAt);
