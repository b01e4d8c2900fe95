using System.Text.RegularExpressions;

namespace Workflow.Engine.Tests.Documents;

/// <summary>Reads rendered HTML the way a person reads the page: tags removed, entities decoded, spaces collapsed.</summary>
public static partial class HtmlText
{
    public static string Visible(string html)
    {
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        // Inline markup joins its neighbours; every other tag separates words.
        var text = Tags().Replace(InlineTags().Replace(body, ""), " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Trim();
    }

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"</?(b|i|strong|em|span)(\s[^>]*)?>")]
    private static partial Regex InlineTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
