namespace Workflow.Engine.Results;

/// <summary>What an electronic result is worth when it is read: checked against its hash, its signature and its validity.</summary>
public enum ResultStanding
{
    /// <summary>Signed, intact, not revoked, within its validity.</summary>
    Valid,

    /// <summary>Stored but not signed yet: not a result anyone may rely on.</summary>
    Unsigned,

    /// <summary>Intact and signed, but its validity ended.</summary>
    Expired,

    /// <summary>Revoked by a leader of the issuing unit.</summary>
    Revoked,

    /// <summary>The bytes differ from what was issued, or the signature does not verify over them.</summary>
    Tampered,
}
