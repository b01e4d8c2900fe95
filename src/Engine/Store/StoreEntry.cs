using Workflow.Engine.Results;

namespace Workflow.Engine.Store;

/// <summary>
/// One document in a holder's electronic data store, as read now: which source keeps it and under
/// which id, whose it is, its document type (what a procedure's <c>fromStore</c> names), the dossier
/// it came from, its validity and signature, and where it stands (checked on every read).
/// </summary>
/// <param name="Source">The store source that keeps it (<see cref="ElectronicResultSource.Name"/>...).</param>
/// <param name="Type"><c>&lt;procedure id&gt;/&lt;document id&gt;</c> of the procedure that produced it.</param>
/// <param name="Sentence">The standing in a sentence, in the reader's language.</param>
public sealed record StoreEntry(
    string Source,
    Guid Id,
    string HolderId,
    string Type,
    string Name,
    Guid SourceDossierId,
    string SourceDossierCode,
    string UnitId,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    DateTimeOffset? SignedAt,
    DateTimeOffset? RevokedAt,
    string ContentHash,
    ResultStanding Standing,
    string Sentence)
{
    /// <summary>Only a signed, intact, unrevoked document within its validity may stand in for a paper.</summary>
    public bool Reusable => Standing == ResultStanding.Valid;
}
