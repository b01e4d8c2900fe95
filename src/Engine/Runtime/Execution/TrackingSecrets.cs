using System.Security.Cryptography;
using System.Text;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>The secret a citizen follows a dossier with: short, unambiguous to read aloud, stored only as a hash.</summary>
public static class TrackingSecrets
{
    // No 0/O, 1/I/L: the secret is read from paper and typed on phones.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static string Hash(string secret) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim().ToUpperInvariant())));

    public static bool Matches(string? storedHash, string candidate) =>
        storedHash is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(candidate)));
}
