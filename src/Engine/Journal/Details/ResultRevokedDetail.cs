namespace Workflow.Engine.Journal.Details;

/// <summary>The revoked result and the unit whose leader revoked it; the reason is the entry's reason.</summary>
public sealed record ResultRevokedDetail(Guid Document, string Unit) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ResultRevoked;
}
