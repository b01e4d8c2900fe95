namespace Workflow.Engine.Journal.Details;

/// <summary>The signed result, the SHA-256 fingerprint of the certificate that signed it, and the hash of the bytes signed.</summary>
public sealed record ResultSignedDetail(Guid Document, string Certificate, string ContentHash) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ResultSigned;
}
