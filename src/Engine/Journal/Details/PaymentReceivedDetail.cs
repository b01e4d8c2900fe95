using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>The payment waited for was confirmed; processing resumes.</summary>
public sealed record PaymentReceivedDetail(ClockEffect? Clock, DateTime? Due) : WaitEndedDetail(Clock, Due)
{
    private protected override string EntryKind => JournalKinds.PaymentReceived;
}
