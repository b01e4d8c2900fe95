using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Journal.Details;

/// <summary>The procedure version left and the one moved to, and where each open step continues.</summary>
public sealed record MigrateDetail(string From, string To, IReadOnlyList<StepMapping> Mapping) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Migrate;
}
