using Scriban;

namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>
/// One form of a template set: the purpose the engine asks for, the number and title the
/// circular prints, and the Scriban template that lays it out. Everything here comes from
/// the set's files; nothing about a form's identity lives in code.
/// </summary>
public sealed record FormTemplate
{
    private Template? _compiled;

    public required string Purpose { get; init; }

    /// <summary>The form's number as printed after "Mẫu số", e.g. "01".</summary>
    public required string Number { get; init; }

    /// <summary>The official title as printed, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả".</summary>
    public required string Title { get; init; }

    /// <summary>The template file, as problems and reports name it (e.g. procedures/forms/tt03-2025/01-receipt.sbn-html).</summary>
    public required string TemplateFile { get; init; }

    public required PaperSize Paper { get; init; }

    /// <summary>The label of each printed copy (liên); one unlabelled copy when the set names none.</summary>
    public required IReadOnlyList<string> Copies { get; init; }

    /// <summary>"sha256:" and the SHA-256 of the template file's bytes, so an issued document names the exact layout it used.</summary>
    public required string TemplateHash { get; init; }

    /// <summary>The template's text, for previews and editors.</summary>
    public required string TemplateText { get; init; }

    /// <summary>The parsed template; the loader parses once, a template built elsewhere is parsed on first use.</summary>
    internal Template Compiled
    {
        get => _compiled ??= Template.Parse(TemplateText, TemplateFile);
        init => _compiled = value;
    }
}
