using Scriban;
using Scriban.Parsing;

namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>
/// Escapes every value a template prints, so a name such as "Công ty A &amp; B" or a stray
/// "&lt;" in a reason can never break the page or inject markup. The template's own text is
/// written as it is.
/// </summary>
internal sealed class HtmlEscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        return base.Write(span, Escape(ObjectToString(textAsObject)));
    }

    /// <summary>
    /// Escapes only the five characters that matter in HTML text and attributes; unlike
    /// WebUtility.HtmlEncode it leaves Vietnamese letters (à, ê, ô...) as they are.
    /// </summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
