using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Journal.Details;

/// <summary>The papers of the completed dossier brought back for checking.</summary>
public sealed record ResubmitDetail(IReadOnlyList<ReceivedDocument> Documents) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Resubmit;
}
