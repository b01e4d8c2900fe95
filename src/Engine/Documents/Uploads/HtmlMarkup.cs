using System.Text;

namespace Workflow.Engine.Documents.Uploads;

/// <summary>Whether bytes contain the tags a browser takes for a web page (a PDF or image that is also HTML is a polyglot).</summary>
public static class HtmlMarkup
{
    private static readonly byte[][] Tags = new[] { "<html", "<script", "<body", "<head", "<iframe", "<svg", "<!doctype html" }
        .Select(Encoding.ASCII.GetBytes).ToArray();

    public static bool Appears(ReadOnlySpan<byte> content)
    {
        Span<byte> lower = content.Length <= 4096 ? stackalloc byte[content.Length] : new byte[content.Length];
        for (var i = 0; i < content.Length; i++)
        {
            lower[i] = content[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(content[i] + 32) : content[i];
        }

        foreach (var tag in Tags)
        {
            if (lower.IndexOf(tag) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
