namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The issued document, its purpose and set, the hashes of its content and template, its media
/// type, and whether it was signed. The hashes let a verifier prove the stored document unchanged.
/// </summary>
public sealed record DocumentIssuedDetail(Guid Document, string Purpose, string Set, string ContentHash, string TemplateHash, string MediaType, bool Signed) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.DocumentIssued;
}
