using Workflow.Engine.Results;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// A result of a dossier (licence, certificate, extract, decision) kept as an electronic document:
/// the exact bytes, the unit's detached signature over them, whose it is (the holder's personal ID
/// number or enterprise code), how long it is valid, and how and when it reached the citizen.
/// The bytes and their hash never change; signing, delivery and revocation add to the row.
/// </summary>
public sealed class ElectronicResultRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The result's id in the procedure's definition (<c>results[].id</c>).</summary>
    public string ResultId { get; set; } = "";

    /// <summary>The result's name as the definition gave it when issued.</summary>
    public string Name { get; set; } = "";

    /// <summary>The holder's personal ID number (12 digits) or enterprise code.</summary>
    public string? HolderId { get; set; }

    public string HolderName { get; set; } = "";

    public ResultOrigin Origin { get; set; }

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public string ContentHash { get; set; } = "";

    /// <summary>The unit that issued it: the unit of the step that returns the result.</summary>
    public string UnitId { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    public string IssuedBy { get; set; } = "";

    /// <summary>First day of validity (Vietnam date).</summary>
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day of validity, inclusive; null when the definition gives no term.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The authorisation whose signature block the generated result prints (KT., TL., TUQ.); only its signer may sign it.</summary>
    public Guid? SigningAuthorisationId { get; set; }

    /// <summary>Detached CMS/PKCS#7 signature over <see cref="Content"/>, once signed.</summary>
    public byte[]? Signature { get; set; }

    public string? SignerThumbprint { get; set; }

    public DateTime? SignedAt { get; set; }

    public string? SignedBy { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public Runtime.States.ResultDelivery? DeliveredBy { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevocationReason { get; set; }
}
