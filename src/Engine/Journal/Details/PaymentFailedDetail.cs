using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>The gateway reported the payment as failed.</summary>
public sealed record PaymentFailedDetail(Guid Payment, PaymentMethod Method, decimal Amount, string Reference, string? Fee = null)
    : PaymentDetail(Payment, Method, Amount, Reference, Fee)
{
    private protected override string EntryKind => JournalKinds.PaymentFailed;
}
