using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The linked dossier a file step filed: its id and code, its procedure version and receiving unit,
/// whether the parent waits for it, its own due instant and the group's appointment afterwards.
/// </summary>
public sealed record ChildFiledDetail(string Step, Guid Child, string ChildCode, string Procedure, string Unit, ChildAwait Await,
    DateTime? ChildDue, DateTime? Appointment) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ChildFiled;
}
