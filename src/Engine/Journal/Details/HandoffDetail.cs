namespace Workflow.Engine.Journal.Details;

/// <summary>The next task, opened by the completion of the one before.</summary>
public sealed record HandoffDetail(string Step, string Unit, string? Role, DateTime? Due, string? FromStep, string? FromOfficer)
    : TaskArrivalDetail(Step, Unit, Role, Due, FromStep, FromOfficer)
{
    private protected override string EntryKind => JournalKinds.Handoff;
}
