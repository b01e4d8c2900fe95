using Workflow.Engine.Deadlines;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// A citizen's feedback or recommendation (phản ánh, kiến nghị) about a procedure or a dossier,
/// assigned to a unit with its own deadline, answered, and optionally published.
/// </summary>
public sealed class FeedbackRecord
{
    public Guid Id { get; set; }

    /// <summary>A short code given to the citizen to follow the feedback, e.g. <c>PA-261126-0003</c>.</summary>
    public string Code { get; set; } = "";

    public FeedbackKind Kind { get; set; }

    public string? ProcedureId { get; set; }

    public Guid? DossierId { get; set; }

    public string Subject { get; set; } = "";

    public string Content { get; set; } = "";

    public string SubmitterName { get; set; } = "";

    public string? SubmitterEmail { get; set; }

    public string? SubmitterPhone { get; set; }

    public string? TrackingSecretHash { get; set; }

    public string? AssignedUnitId { get; set; }

    public FeedbackStatus Status { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime DueAt { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? AnsweredById { get; set; }

    public string? AnsweredByName { get; set; }

    public Punctuality? Punctuality { get; set; }

    public bool Published { get; set; }

    public long Version { get; set; }
}
