using Workflow.Engine.Delegation;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// Who may sign on whose behalf at a unit, of which kind (KT., TL., TUQ.), from the first to the
/// last day (both included). The titles are printed in the signature block as recorded here.
/// </summary>
public sealed class SigningAuthorisationRecord
{
    public Guid Id { get; set; }

    public SigningOnBehalfKind Kind { get; set; }

    public string UnitId { get; set; } = "";

    /// <summary>The head on whose behalf the signer signs.</summary>
    public string PrincipalId { get; set; } = "";

    public string PrincipalName { get; set; } = "";

    /// <summary>The head's title as printed after "KT.", "TL." or "TUQ.", e.g. "Chủ tịch".</summary>
    public string PrincipalTitle { get; set; } = "";

    public string SignerId { get; set; } = "";

    public string SignerName { get; set; } = "";

    /// <summary>The signer's own title, printed on the line below, e.g. "Phó Chủ tịch".</summary>
    public string SignerTitle { get; set; } = "";

    /// <summary>For TUQ.: the number of the written authorisation.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>For TUQ.: the date of the written authorisation.</summary>
    public DateOnly? DocumentDate { get; set; }

    public DateOnly FirstDay { get; set; }

    /// <summary>The last day the authorisation is in force (included); null until revoked.</summary>
    public DateOnly? LastDay { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTime? RevokedAt { get; set; }

    public string? RevokedByName { get; set; }
}
