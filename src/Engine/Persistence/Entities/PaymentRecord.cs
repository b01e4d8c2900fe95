using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>A fee or financial obligation paid for a dossier, and how it was paid.</summary>
public sealed class PaymentRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The fee of the definition it pays, when it pays one; taxes and other obligations have none.</summary>
    public string? FeeId { get; set; }

    public string Description { get; set; } = "";

    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; }

    /// <summary>Receipt number, bank transfer reference, or the gateway's transaction id.</summary>
    public string Reference { get; set; } = "";

    public PaymentStatus Status { get; set; }

    public DateTime RecordedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public string? ConfirmedBy { get; set; }
}
