using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>A wait step that began waiting for the citizen, and what the wait does to the clock. Shared by supplement and payment waits.</summary>
public abstract record CitizenWaitDetail(string Step, ClockEffect Clock) : IJournalDetail
{
    string IJournalDetail.Kind => EntryKind;

    /// <summary>Not public, so that it is not serialised with the detail.</summary>
    private protected abstract string EntryKind { get; }
}
