namespace Workflow.Engine.Journal.Details;

/// <summary>The process's first task, created when the dossier was accepted (or a branch opened).</summary>
public sealed record TaskCreatedDetail(string Step, string Unit, string? Role, DateTime? Due, string? FromStep, string? FromOfficer)
    : TaskArrivalDetail(Step, Unit, Role, Due, FromStep, FromOfficer)
{
    private protected override string EntryKind => JournalKinds.TaskCreated;
}
