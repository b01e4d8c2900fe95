using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>The citizen began a gateway payment; it is pending until the gateway answers.</summary>
public sealed record PaymentStartedDetail(Guid Payment, PaymentMethod Method, decimal Amount, string Reference, string? Fee)
    : PaymentDetail(Payment, Method, Amount, Reference, Fee)
{
    private protected override string EntryKind => JournalKinds.PaymentStarted;
}
