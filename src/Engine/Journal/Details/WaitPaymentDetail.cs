using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>A wait step began waiting for a payment or another financial obligation.</summary>
public sealed record WaitPaymentDetail(string Step, ClockEffect Clock) : CitizenWaitDetail(Step, Clock)
{
    private protected override string EntryKind => JournalKinds.WaitPayment;
}
