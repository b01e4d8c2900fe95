namespace Workflow.Engine.Queries.Tracking;

/// <summary>
/// What a citizen who holds the dossier's secret (or phone number) may read about it; for a liên thông
/// group, the appointment is the group's and <see cref="Linked"/> gives each linked dossier's status.
/// </summary>
public sealed record TrackingResult(
    string Code,
    string ProcedureName,
    int StatusCode,
    string StatusName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? ReturnedAt,
    IReadOnlyList<PublicMilestone> Milestones,
    IReadOnlyList<TrackedLinkedDossier> Linked);
