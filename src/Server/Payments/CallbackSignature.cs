using System.Security.Cryptography;
using System.Text;

namespace Workflow.Server.Payments;

/// <summary>HMAC-SHA256 over "reference|succeeded" with the gateway's shared secret, as lower-case hex.</summary>
public static class CallbackSignature
{
    public static string Compute(string secret, string reference, bool succeeded) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{reference}|{(succeeded ? "true" : "false")}")));

    public static bool Verify(string secret, string reference, bool succeeded, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(secret, reference, succeeded)), Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant()));
}
