using Workflow.Engine.Definitions.Model;
using Workflow.Server.Hosting;

namespace Workflow.Server.Catalogue;

/// <summary>
/// The blank application forms (tờ khai) citizens print and fill in: a paper whose definition names a
/// form (<c>"form": "Mẫu tờ khai…"</c>) may have its blank copy beside the definition, in
/// <c>procedures/&lt;procedure&gt;/forms/&lt;paper id&gt;.pdf</c> (or <c>.html</c>, printed from the browser).
/// </summary>
public sealed class BlankForms(ServerPaths paths)
{
    private static readonly (string Extension, string ContentType)[] Kinds = [(".pdf", "application/pdf"), (".html", "text/html; charset=utf-8")];

    /// <summary>Where the page and the API offer the blank form of a paper; null when the procedure keeps none.</summary>
    public string? Href(string procedureId, RequiredDocument document) =>
        Find(procedureId, document) is null ? null : $"/api/public/procedures/{Uri.EscapeDataString(procedureId)}/forms/{Uri.EscapeDataString(document.Id)}";

    /// <summary>The file and its media type, for a paper of a procedure in force that names a form.</summary>
    public (string Path, string ContentType)? Find(string procedureId, RequiredDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Form) || !IsPlainName(procedureId) || !IsPlainName(document.Id))
        {
            return null;
        }

        var folder = Path.Combine(paths.Procedures, procedureId, "forms");
        foreach (var (extension, contentType) in Kinds)
        {
            var file = Path.Combine(folder, document.Id + extension);
            if (File.Exists(file))
            {
                return (file, contentType);
            }
        }

        return null;
    }

    // Ids come from loaded definitions, but a name that could leave the folder is never used as a path.
    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !name.Contains("..", StringComparison.Ordinal);
}
