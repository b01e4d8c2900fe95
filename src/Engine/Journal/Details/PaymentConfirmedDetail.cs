using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>A payment was confirmed: recorded at the desk or by transfer, or confirmed by the gateway (which records no fee).</summary>
public sealed record PaymentConfirmedDetail(Guid Payment, PaymentMethod Method, decimal Amount, string Reference, string? Fee = null)
    : PaymentDetail(Payment, Method, Amount, Reference, Fee)
{
    private protected override string EntryKind => JournalKinds.PaymentConfirmed;
}
