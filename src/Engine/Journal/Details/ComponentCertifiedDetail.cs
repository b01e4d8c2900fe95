namespace Workflow.Engine.Journal.Details;

/// <summary>The component certified as an electronic copy from the original: the SHA-256 fingerprint of the certificate that signed, and the hashes of the files signed.</summary>
public sealed record ComponentCertifiedDetail(string Document, string Certificate, IReadOnlyList<string> ContentHashes) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ComponentCertified;
}
