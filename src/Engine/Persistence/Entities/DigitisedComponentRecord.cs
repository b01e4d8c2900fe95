using Workflow.Engine.Digitisation;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One electronic file of a dossier's document component (thành phần hồ sơ): a page scanned at the
/// desk from the paper the citizen brought, or a file the citizen filed electronically. A certified
/// electronic copy from the original (bản sao điện tử từ bản chính) carries the unit's detached
/// signature over the bytes. Each row names its holder (the applicant's personal ID number or
/// enterprise code), so the holder's reusable documents are found by <see cref="HolderId"/>.
/// The bytes and their hash never change once written.
/// </summary>
public sealed class DigitisedComponentRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The component's document id in the procedure's definition (<c>documents[].id</c>).</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>The component's name as the definition gave it when digitised.</summary>
    public string DocumentName { get; set; } = "";

    /// <summary>The holder's personal ID number (12 digits) or enterprise code; null when the applicant gave none.</summary>
    public string? HolderId { get; set; }

    public string HolderName { get; set; } = "";

    public DigitisationSource Source { get; set; }

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    /// <summary>The scanned bytes; empty for a file filed electronically, whose bytes stay in the upload store (<see cref="UploadId"/>).</summary>
    public byte[] Content { get; set; } = [];

    public long Size { get; set; }

    public string ContentHash { get; set; } = "";

    /// <summary>The citizen's upload, for a component electronic at submission.</summary>
    public Guid? UploadId { get; set; }

    /// <summary>The unit that received the dossier and digitised the component.</summary>
    public string UnitId { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";

    /// <summary>Detached CMS/PKCS#7 signature over <see cref="Content"/> when certified as a copy from the original.</summary>
    public byte[]? Signature { get; set; }

    public string? SignerThumbprint { get; set; }

    public DateTime? SignedAt { get; set; }

    public string? SignedBy { get; set; }
}
