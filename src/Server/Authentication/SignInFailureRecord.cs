namespace Workflow.Server.Authentication;

/// <summary>
/// Recent failed sign-ins of one client address with one user name (or of one user name from every
/// address), kept under a keyed hash so the table holds neither addresses nor names.
/// </summary>
public sealed class SignInFailureRecord
{
    /// <summary>HMAC-SHA256 of the address and the user name, as lower-case hex.</summary>
    public string Key { get; set; } = "";

    public int Failures { get; set; }

    /// <summary>Unix time in milliseconds, so every provider compares and orders it as a number.</summary>
    public long LastFailureAt { get; set; }
}
