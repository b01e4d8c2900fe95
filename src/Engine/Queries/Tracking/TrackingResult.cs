namespace Workflow.Engine.Queries.Tracking;

/// <summary>What a citizen who holds the dossier's secret (or phone number) may read about it.</summary>
public sealed record TrackingResult(
    string Code,
    string ProcedureName,
    int StatusCode,
    string StatusName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? ReturnedAt,
    IReadOnlyList<PublicMilestone> Milestones);
