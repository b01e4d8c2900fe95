using Workflow.Engine.Calendars;
using System.Globalization;
using Scriban.Syntax;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Templates;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>
/// Renders a form to printable HTML with the template of the right set. The template runs in
/// Scriban's sandbox with its loop and recursion limits on, sees only the given data (as plain
/// script objects) and the helpers of <see cref="FormScriptFunctions"/>, cannot include other
/// files, and every value it prints is HTML-escaped.
/// </summary>
public sealed class FormRenderer
{
    private readonly FormRendererOptions _options;

    public FormRenderer(FormTemplateCatalog catalog, FormRendererOptions? options = null)
    {
        Catalog = catalog;
        _options = options ?? new FormRendererOptions();
    }

    public FormTemplateCatalog Catalog { get; }

    /// <summary>Renders with the set that applies to the dossier, chosen by the day it was received.</summary>
    public RenderedForm Render(FormData data, CultureInfo? culture = null)
    {
        if (data is not IDossierFormData dossierForm)
        {
            throw new ArgumentException(Text.Pick(culture,
                $"Mẫu \"{data.Purpose}\" không gắn với một hồ sơ nên không tự chọn được bộ mẫu; hãy chỉ ra bộ mẫu.",
                $"The \"{data.Purpose}\" form is not about one dossier, so no set can be chosen by date; name the set."), nameof(data));
        }

        var receivedAt = dossierForm.Dossier.ReceivedAt;
        var set = Catalog.SetFor(receivedAt) ?? throw new FormRenderException(Text.Pick(culture,
            $"Không có bộ biểu mẫu nào áp dụng cho hồ sơ tiếp nhận ngày {VietnamTime.LocalDate(receivedAt):dd/MM/yyyy}. Kiểm tra validFrom/validTo trong procedures/forms/*/set.json.",
            $"No form set applies to a dossier received on {VietnamTime.LocalDate(receivedAt):dd/MM/yyyy}. Check validFrom/validTo in procedures/forms/*/set.json."));
        return Render(data, set, culture);
    }

    /// <summary>Renders with the named set, e.g. for a register book or a preview.</summary>
    public RenderedForm Render(FormData data, string setId, CultureInfo? culture = null)
    {
        var set = Catalog.FindSet(setId) ?? throw new FormRenderException(Text.Pick(culture,
            $"Không có bộ biểu mẫu \"{setId}\". Các bộ có: {string.Join(", ", Catalog.Sets.Select(s => s.Id))}.",
            $"There is no form set \"{setId}\". Sets: {string.Join(", ", Catalog.Sets.Select(s => s.Id))}."));
        return Render(data, set, culture);
    }

    public RenderedForm Render(FormData data, FormTemplateSet set, CultureInfo? culture = null)
    {
        var template = set.FindForm(data.Purpose) ?? throw new FormRenderException(Text.Pick(culture,
            $"Bộ biểu mẫu {set.Id} ({set.Circular}) không có mẫu \"{data.Purpose}\" dùng được. Các mẫu có: {string.Join(", ", set.Forms.Keys)}.",
            $"The form set {set.Id} ({set.Circular}) has no usable \"{data.Purpose}\" form. Forms: {string.Join(", ", set.Forms.Keys)}."));
        return RenderedForm.Create(set, template, RenderHtml(set, template, data, _options, culture));
    }

    internal static string RenderHtml(FormTemplateSet set, FormTemplate template, FormData data, FormRendererOptions options, CultureInfo? culture)
    {
        if (data.Purpose != template.Purpose)
        {
            throw new ArgumentException($"The data is for \"{data.Purpose}\" but the template is for \"{template.Purpose}\".", nameof(data));
        }

        var context = new HtmlEscapingTemplateContext
        {
            // A misspelt variable fails loudly instead of printing nothing on an official form.
            StrictVariables = true,
            // No reflection into .NET objects: the only ones templates hold are instants, read through the vn_* helpers.
            MemberFilter = _ => false,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            OutputLimit = options.OutputLimit,
            // No TemplateLoader: a template is one self-contained file, which its hash covers.
            TemplateLoader = null,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(FormScriptModel.Functions());
        context.PushGlobal(FormScriptModel.Variables(data, set, template));
        try
        {
            return template.Compiled.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var line = ex.Span.Start.Line + 1;
            var column = ex.Span.Start.Column + 1;
            throw new FormRenderException(Text.Pick(culture,
                $"{template.TemplateFile}:{line}:{column}: mẫu \"{template.Purpose}\" lỗi khi hiển thị: {ex.OriginalMessage}. Sửa mẫu tại vị trí này.",
                $"{template.TemplateFile}:{line}:{column}: the \"{template.Purpose}\" template failed: {ex.OriginalMessage}. Fix the template here."),
                template.TemplateFile, line, column, ex);
        }
    }
}
