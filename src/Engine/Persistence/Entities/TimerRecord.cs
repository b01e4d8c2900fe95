using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>A durable timer: written with the command that needs it, fired once by whichever worker claims it.</summary>
public sealed class TimerRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid? WorkItemId { get; set; }

    /// <summary>The consultation (parallel step execution) a consultation deadline timer belongs to.</summary>
    public Guid? JoinId { get; set; }

    public TimerKind Kind { get; set; }

    public DateTime DueAt { get; set; }

    public TimerStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? FiredAt { get; set; }

    /// <summary>The worker holding it, and until when; an expired lease may be taken by another worker.</summary>
    public string? LockedBy { get; set; }

    public DateTime? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
