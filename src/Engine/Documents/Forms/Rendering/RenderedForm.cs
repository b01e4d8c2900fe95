using System.Text;
using Workflow.Engine.Documents.Forms.Templates;

namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>
/// One form rendered to a complete printable HTML document, with what identifies it: the set
/// and template (by hash) it came from, and the hash of its own bytes.
/// </summary>
public sealed record RenderedForm(
    string Purpose,
    string SetId,
    string Number,
    string Title,
    string Html,
    string TemplateHash,
    string ContentHash,
    PaperSize Paper)
{
    public const string MediaType = DocumentMediaTypes.Html;

    /// <summary>The document's bytes (UTF-8, no byte-order mark): what <see cref="ContentHash"/> covers and what is signed.</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Html);

    internal static RenderedForm Create(FormTemplateSet set, FormTemplate template, string html) =>
        new(template.Purpose, set.Id, template.Number, template.Title, html, template.TemplateHash,
            DocumentHash.Of(Encoding.UTF8.GetBytes(html)), template.Paper);
}
