using Microsoft.AspNetCore.DataProtection;

namespace Workflow.Server.Security;

/// <summary>
/// Download links for a citizen's electronic results. The tracking page hands one out only after the
/// citizen proved the dossier is theirs with its code and tracking secret; the link names the result
/// under the data-protection key ring (nobody can make one for another result) and expires after
/// <see cref="Lifetime"/>, so the secret never travels in an address or a log.
/// </summary>
public sealed class ResultDownloadLinks(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    // The expiry travels inside the protected text and is read on the server's own clock (the TimeProvider), like every other deadline.
    private readonly IDataProtector _protector = protection.CreateProtector("Workflow.Server.ResultDownloadLinks");

    public string For(Guid resultId) =>
        $"/api/public/results/{_protector.Protect($"{resultId:N}.{time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds()}")}";

    /// <summary>The result a token names, or null when it was not made here or has expired.</summary>
    public Guid? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('.');
            return parts.Length == 2 && long.TryParse(parts[1], out var expires) && expires >= time.GetUtcNow().ToUnixTimeSeconds()
                   && Guid.TryParseExact(parts[0], "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
