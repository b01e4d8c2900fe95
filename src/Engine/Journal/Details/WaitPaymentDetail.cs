using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>A wait step began waiting for a payment or another financial obligation.</summary>
public sealed record WaitPaymentDetail(string Step, ClockEffect Clock, DateTime? CitizenDeadline = null, CitizenDeadlineEffect? OnExpiry = null) : CitizenWaitDetail(Step, Clock, CitizenDeadline, OnExpiry)
{
    private protected override string EntryKind => JournalKinds.WaitPayment;
}
