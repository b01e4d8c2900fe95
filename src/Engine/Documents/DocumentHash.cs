using System.Security.Cryptography;

namespace Workflow.Engine.Documents;

/// <summary>
/// The hash that names a document's exact bytes: "sha256:" and lower-case hex, the same
/// spelling the definitions' content hashes use.
/// </summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    public static string Of(ReadOnlySpan<byte> bytes) => Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
