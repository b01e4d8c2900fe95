using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The procedure version left and the one moved to, where each open step continues, and the
/// prepared migration run that moved it (none for a single dossier moved on its own).
/// </summary>
public sealed record MigrateDetail(string From, string To, IReadOnlyList<StepMapping> Mapping, Guid? Run = null) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Migrate;
}
