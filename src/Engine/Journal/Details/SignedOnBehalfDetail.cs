using Workflow.Engine.Delegation;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// A result was signed on behalf of the head under an authorisation: the entry's actor is the signer,
/// <see cref="Principal"/> is the head they signed for, <see cref="Block"/> the signature block printed.
/// </summary>
public sealed record SignedOnBehalfDetail(
    Guid Document,
    Guid Authorisation,
    SigningOnBehalfKind OnBehalfKind,
    string Signer,
    string SignerName,
    string Principal,
    string PrincipalName,
    string Block,
    string? AuthorisationDocument) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.SignedOnBehalf;
}
