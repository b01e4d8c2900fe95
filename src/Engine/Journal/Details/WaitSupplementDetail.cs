using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>A wait step began waiting for the citizen's supplement.</summary>
public sealed record WaitSupplementDetail(string Step, ClockEffect Clock, DateTime? CitizenDeadline = null, CitizenDeadlineEffect? OnExpiry = null) : CitizenWaitDetail(Step, Clock, CitizenDeadline, OnExpiry)
{
    private protected override string EntryKind => JournalKinds.WaitSupplement;
}
