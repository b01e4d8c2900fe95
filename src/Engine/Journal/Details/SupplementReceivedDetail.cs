using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>The citizen's supplement arrived; processing resumes.</summary>
public sealed record SupplementReceivedDetail(ClockEffect? Clock, DateTime? Due) : WaitEndedDetail(Clock, Due)
{
    private protected override string EntryKind => JournalKinds.SupplementReceived;
}
