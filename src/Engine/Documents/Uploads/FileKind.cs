namespace Workflow.Engine.Documents.Uploads;

/// <summary>
/// The file types a dossier may carry, recognised by their first bytes — never by the name or the
/// type the browser claims, which anyone can set.
/// </summary>
public static class FileKind
{
    public static readonly IReadOnlyList<(string ContentType, string Name, byte[] Magic)> Accepted =
    [
        ("application/pdf", "PDF", "%PDF-"u8.ToArray()),
        ("image/jpeg", "JPEG", [0xFF, 0xD8, 0xFF]),
        ("image/png", "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (contentType, _, magic) in Accepted)
        {
            if (head.StartsWith(magic))
            {
                return contentType;
            }
        }

        return null;
    }

    public static string AcceptedNames => string.Join(", ", Accepted.Select(a => a.Name));
}
