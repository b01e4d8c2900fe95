namespace Workflow.Engine.Queries.Tracking;

/// <summary>
/// What a citizen who holds the dossier's secret (or phone number) may read about it; for a liên thông
/// group, the appointment is the group's and <see cref="Linked"/> gives each linked dossier's status;
/// while it waits for them with a deadline of theirs, that deadline and what its passing does.
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
    IReadOnlyList<TrackedLinkedDossier> Linked,
    DateTimeOffset? CitizenDeadline = null,
    string? CitizenDeadlineNote = null);
