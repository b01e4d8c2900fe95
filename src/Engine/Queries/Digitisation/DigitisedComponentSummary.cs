using Workflow.Engine.Digitisation;

namespace Workflow.Engine.Queries.Digitisation;

/// <summary>One electronic file of a dossier's component as officers, the forms and the holder's store read it; never the bytes.</summary>
public sealed record DigitisedComponentSummary(
    Guid Id,
    Guid DossierId,
    string DocumentId,
    string DocumentName,
    string? HolderId,
    string HolderName,
    DigitisationSource Source,
    string FileName,
    string MediaType,
    long Size,
    string ContentHash,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    bool Certified,
    string? SignerThumbprint,
    DateTimeOffset? SignedAt,
    string? SignedBy);
