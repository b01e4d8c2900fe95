namespace Workflow.Engine.Journal.Details;

/// <summary>
/// A head of the unit moved a task away from an absent officer: to <see cref="To"/>, or back to the
/// unit's inbox when <see cref="To"/> is null (no colleague was named, or the colleague does not hold the task's role).
/// </summary>
public sealed record AbsenceReassignDetail(string Absent, string AbsentName, string? To, string? ToName) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.AbsenceReassign;
}
