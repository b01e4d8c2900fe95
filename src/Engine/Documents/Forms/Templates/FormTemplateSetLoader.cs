using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>
/// Reads the template sets of <c>procedures/forms/&lt;set-id&gt;/</c>: each folder's set.json and
/// the Scriban templates it names. Every problem is reported at once, located to the line and
/// column of set.json or of the template; a form with an error is left out, the rest of its set
/// stays usable. Each template is also tried on the built-in sample dossier, so a template that
/// parses but fails when run is found when it is loaded, not when a citizen is waiting.
/// </summary>
public static class FormTemplateSetLoader
{
    public const string FormsFolder = "forms";
    public const string SetFileName = "set.json";

    private static readonly string[] SetFields = ["$schema", "id", "name", "circular", "description", "validFrom", "validTo", "forms"];
    private static readonly string[] FormFields = ["purpose", "number", "title", "template", "paper", "copies"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every set under <c>&lt;proceduresRoot&gt;/forms</c>.</summary>
    public static FormTemplateLoadResult Load(string proceduresRoot, CultureInfo? culture = null)
    {
        var problems = new List<Problem>();
        var formsRoot = Path.Combine(proceduresRoot, FormsFolder);
        var formsDisplay = DisplayPath(proceduresRoot, formsRoot);
        var loaded = new List<LoadedSet>();
        if (Directory.Exists(formsRoot))
        {
            foreach (var folder in Directory.GetDirectories(formsRoot).Order(StringComparer.Ordinal))
            {
                if (LoadSet(proceduresRoot, folder, problems, culture) is { } set)
                {
                    loaded.Add(set);
                }
            }
        }

        if (loaded.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.NoSets, formsDisplay, 0, 0, "", Text.Pick(culture,
                $"Không có bộ biểu mẫu nào trong {formsDisplay}: mỗi bộ là một thư mục có set.json và các tệp mẫu.",
                $"There is no form set in {formsDisplay}: each set is a folder holding set.json and its templates.")));
        }

        CheckValidityPeriods(loaded, problems, culture);
        return new FormTemplateLoadResult(new FormTemplateCatalog(loaded.Select(s => s.Set)), problems);
    }

    private sealed record LoadedSet(FormTemplateSet Set, JObject Json, string Display);

    private static LoadedSet? LoadSet(string proceduresRoot, string folder, List<Problem> problems, CultureInfo? culture)
    {
        var folderName = Path.GetFileName(folder);
        var setFile = Path.Combine(folder, SetFileName);
        var display = DisplayPath(proceduresRoot, setFile);
        if (!File.Exists(setFile))
        {
            problems.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.MissingSetFile, display, 0, 0, "", Text.Pick(culture,
                $"Thư mục biểu mẫu \"{folderName}\" thiếu tệp set.json mô tả bộ mẫu (id, name, circular, validFrom, forms).",
                $"The form folder \"{folderName}\" has no set.json describing the set (id, name, circular, validFrom, forms).")));
            return null;
        }

        var list = new ProblemList(display);
        JObject json;
        try
        {
            if (DefinitionJson.Parse(File.ReadAllText(setFile)) is not JObject parsed)
            {
                list.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.MalformedSetFile, display, 1, 1, "$", Text.Pick(culture,
                    "set.json phải là một đối tượng JSON {...}.",
                    "set.json must hold one JSON object {...}.")));
                problems.AddRange(list.Items);
                return null;
            }

            json = parsed;
        }
        catch (JsonReaderException ex)
        {
            var reason = ex.Message.Split(" Path ")[0].TrimEnd('.');
            problems.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.MalformedSetFile, display, ex.LineNumber, Math.Max(1, ex.LinePosition),
                ex.Path is { Length: > 0 } path ? "$." + path : "$", Text.Pick(culture,
                    $"set.json không phải JSON hợp lệ: {reason}. Sửa cú pháp tại vị trí này (thường là thiếu dấu phẩy, ngoặc hoặc dấu nháy).",
                    $"set.json is not valid JSON: {reason}. Fix the syntax here (usually a missing comma, bracket or quote).")));
            return null;
        }

        WarnUnknownFields(json, SetFields, list, culture);
        var id = RequiredText(json, "id", list, culture);
        var name = RequiredText(json, "name", list, culture);
        var circular = RequiredText(json, "circular", list, culture);
        var validFrom = Date(json, "validFrom", required: true, list, culture);
        var validTo = Date(json, "validTo", required: false, list, culture);
        if (id is not null && id != folderName)
        {
            list.Error(FormProblemCodes.SetIdMismatch, json["id"], Text.Pick(culture,
                $"Mã bộ mẫu \"{id}\" phải trùng tên thư mục \"{folderName}\".",
                $"The set id \"{id}\" must equal its folder name \"{folderName}\"."));
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            list.Error(FormProblemCodes.InvalidValue, json["validTo"], Text.Pick(culture,
                $"validTo ({to:yyyy-MM-dd}) đứng trước validFrom ({from:yyyy-MM-dd}); bộ mẫu sẽ không áp dụng cho hồ sơ nào.",
                $"validTo ({to:yyyy-MM-dd}) is before validFrom ({from:yyyy-MM-dd}); the set would apply to no dossier."));
        }

        // Without its identity or its dates a set cannot be chosen for any dossier.
        var setUsable = !list.HasErrors;
        var forms = ReadForms(proceduresRoot, folder, json, list, culture);
        problems.AddRange(list.Items);
        if (!setUsable)
        {
            return null;
        }

        var set = new FormTemplateSet
        {
            Id = id!,
            Name = name!,
            Circular = circular!,
            ValidFrom = validFrom!.Value,
            ValidTo = validTo,
            Folder = folder,
            Forms = forms,
        };
        set = set with { Forms = TryOnSample(set, problems, culture) };
        return new LoadedSet(set, json, display);
    }

    private static Dictionary<string, FormTemplate> ReadForms(string proceduresRoot, string folder, JObject json, ProblemList list, CultureInfo? culture)
    {
        var forms = new Dictionary<string, FormTemplate>(StringComparer.Ordinal);
        if (json["forms"] is not JArray entries)
        {
            if (json["forms"] is null)
            {
                list.Error(FormProblemCodes.MissingField, json, Text.Pick(culture,
                    "Thiếu \"forms\": danh sách các mẫu của bộ, mỗi mẫu có purpose, number, title, template và paper.",
                    "\"forms\" is missing: the list of the set's forms, each with purpose, number, title, template and paper."));
            }
            else
            {
                list.Error(FormProblemCodes.InvalidValue, json["forms"], Text.Pick(culture,
                    "\"forms\" phải là một mảng [...] các mẫu.",
                    "\"forms\" must be an array [...] of forms."));
            }

            return forms;
        }

        foreach (var entry in entries)
        {
            if (entry is not JObject form)
            {
                list.Error(FormProblemCodes.InvalidValue, entry, Text.Pick(culture,
                    "Mỗi phần tử của \"forms\" phải là một đối tượng {...}.",
                    "Each item of \"forms\" must be an object {...}."));
                continue;
            }

            if (ReadForm(proceduresRoot, folder, form, list, culture) is not { } template)
            {
                continue;
            }

            if (!forms.TryAdd(template.Purpose, template))
            {
                list.Error(FormProblemCodes.DuplicatePurpose, form["purpose"], Text.Pick(culture,
                    $"Mục đích \"{template.Purpose}\" đã có mẫu khác trong bộ này; mỗi mục đích chỉ một mẫu.",
                    $"The purpose \"{template.Purpose}\" already has a form in this set; each purpose has one form."));
            }
        }

        return forms;
    }

    private static FormTemplate? ReadForm(string proceduresRoot, string folder, JObject form, ProblemList list, CultureInfo? culture)
    {
        var errorsBefore = list.Items.Count(p => p.IsError);
        WarnUnknownFields(form, FormFields, list, culture);
        var purpose = RequiredText(form, "purpose", list, culture);
        if (purpose is not null && !FormPurpose.IsKnown(purpose))
        {
            list.Error(FormProblemCodes.UnknownPurpose, form["purpose"], Text.Pick(culture,
                $"Mục đích \"{purpose}\" không có trong hệ thống. Các mục đích: {string.Join(", ", FormPurpose.All)}.",
                $"The purpose \"{purpose}\" is unknown. Purposes: {string.Join(", ", FormPurpose.All)}."));
        }

        var number = RequiredText(form, "number", list, culture);
        var title = RequiredText(form, "title", list, culture);
        var paper = Paper(form, list, culture);
        var copies = Copies(form, list, culture);
        var templateName = RequiredText(form, "template", list, culture);
        if (templateName is null)
        {
            return null;
        }

        var folderFull = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var templatePath = Path.GetFullPath(Path.Combine(folder, templateName));
        if (Path.IsPathRooted(templateName) || !templatePath.StartsWith(folderFull, StringComparison.Ordinal))
        {
            list.Error(FormProblemCodes.InvalidValue, form["template"], Text.Pick(culture,
                $"Tệp mẫu \"{templateName}\" phải nằm trong thư mục của bộ mẫu; ghi đường dẫn tương đối, ví dụ \"01-receipt.sbn-html\".",
                $"The template \"{templateName}\" must be inside the set's folder; give a relative path such as \"01-receipt.sbn-html\"."));
            return null;
        }

        var templateDisplay = DisplayPath(proceduresRoot, templatePath);
        if (!File.Exists(templatePath))
        {
            list.Error(FormProblemCodes.MissingTemplateFile, form["template"], Text.Pick(culture,
                $"Không tìm thấy tệp mẫu {templateDisplay}. Tạo tệp đó hoặc sửa tên trong set.json.",
                $"The template file {templateDisplay} does not exist. Create it or correct the name in set.json."));
            return null;
        }

        var bytes = File.ReadAllBytes(templatePath);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            list.Error(FormProblemCodes.InvalidValue, form["template"], Text.Pick(culture,
                $"Tệp mẫu {templateDisplay} không được mã hóa UTF-8; lưu lại tệp bằng UTF-8 để giữ đúng dấu tiếng Việt.",
                $"The template {templateDisplay} is not UTF-8; save it as UTF-8 so Vietnamese letters survive."));
            return null;
        }

        var compiled = Template.Parse(text, templateDisplay);
        foreach (var message in compiled.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            list.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.TemplateSyntax, templateDisplay,
                message.Span.Start.Line + 1, message.Span.Start.Column + 1, "", Text.Pick(culture,
                    $"Lỗi cú pháp Scriban: {message.Message.TrimEnd('.')}. Sửa mẫu tại vị trí này.",
                    $"Scriban syntax error: {message.Message.TrimEnd('.')}. Fix the template here.")));
        }

        if (list.Items.Count(p => p.IsError) > errorsBefore)
        {
            return null;
        }

        return new FormTemplate
        {
            Purpose = purpose!,
            Number = number!,
            Title = title!,
            TemplateFile = templateDisplay,
            Paper = paper!,
            Copies = copies,
            TemplateHash = DocumentHash.Of(bytes),
            TemplateText = text,
            Compiled = compiled,
        };
    }

    /// <summary>Runs each template on the sample dossier; a template that fails is reported and left out.</summary>
    private static Dictionary<string, FormTemplate> TryOnSample(FormTemplateSet set, List<Problem> problems, CultureInfo? culture)
    {
        var usable = new Dictionary<string, FormTemplate>(StringComparer.Ordinal);
        foreach (var (purpose, template) in set.Forms)
        {
            try
            {
                FormRenderer.RenderHtml(set, template, SampleFormData.For(purpose), new FormRendererOptions(), culture);
                usable.Add(purpose, template);
            }
            catch (FormRenderException ex)
            {
                var reason = (ex.InnerException as ScriptRuntimeException)?.OriginalMessage ?? ex.InnerException?.Message ?? ex.Message;
                problems.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.TemplateFailsOnSample, template.TemplateFile,
                    ex.Line, ex.Column, "", Text.Pick(culture,
                        $"Mẫu lỗi khi hiển thị hồ sơ mẫu: {reason.TrimEnd('.')}. Sửa mẫu tại vị trí này (thường là tên biến viết sai).",
                        $"The template fails on the sample dossier: {reason.TrimEnd('.')}. Fix the template here (usually a misspelt variable).")));
            }
        }

        return usable;
    }

    private static void CheckValidityPeriods(List<LoadedSet> sets, List<Problem> problems, CultureInfo? culture)
    {
        var ordered = sets.OrderBy(s => s.Set.ValidFrom).ThenBy(s => s.Set.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var earlier = ordered[i].Set;
                var later = ordered[j];
                if (earlier.ValidTo is null || later.Set.ValidFrom <= earlier.ValidTo)
                {
                    var (line, column) = ProblemList.Position(later.Json["validFrom"]);
                    var until = earlier.ValidTo is { } to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Text.Pick(culture, "không thời hạn", "open-ended");
                    problems.Add(new Problem(ProblemSeverity.Error, FormProblemCodes.OverlappingValidity, later.Display, line, column, "$.validFrom", Text.Pick(culture,
                        $"Thời gian áp dụng của bộ {later.Set.Id} (từ {later.Set.ValidFrom:yyyy-MM-dd}) chồng lên bộ {earlier.Id} ({earlier.ValidFrom:yyyy-MM-dd} đến {until}); mỗi ngày tiếp nhận chỉ được thuộc một bộ. Đặt validTo của {earlier.Id} trước {later.Set.ValidFrom:yyyy-MM-dd}.",
                        $"The set {later.Set.Id} (from {later.Set.ValidFrom:yyyy-MM-dd}) overlaps {earlier.Id} ({earlier.ValidFrom:yyyy-MM-dd} to {until}); each receipt day must belong to one set. Set {earlier.Id}'s validTo before {later.Set.ValidFrom:yyyy-MM-dd}.")));
                }
            }

            if (i + 1 < ordered.Count && ordered[i].Set.ValidTo is { } end && ordered[i + 1].Set.ValidFrom > end.AddDays(1))
            {
                var next = ordered[i + 1];
                var (line, column) = ProblemList.Position(next.Json["validFrom"]);
                problems.Add(new Problem(ProblemSeverity.Warning, FormProblemCodes.ValidityGap, next.Display, line, column, "$.validFrom", Text.Pick(culture,
                    $"Hồ sơ tiếp nhận từ {end.AddDays(1):yyyy-MM-dd} đến {next.Set.ValidFrom.AddDays(-1):yyyy-MM-dd} không thuộc bộ biểu mẫu nào (giữa {ordered[i].Set.Id} và {next.Set.Id}).",
                    $"Dossiers received from {end.AddDays(1):yyyy-MM-dd} to {next.Set.ValidFrom.AddDays(-1):yyyy-MM-dd} have no form set (between {ordered[i].Set.Id} and {next.Set.Id}).")));
            }
        }
    }

    private static string? RequiredText(JObject json, string field, ProblemList list, CultureInfo? culture)
    {
        var token = json[field];
        if (token is null || token.Type == JTokenType.Null)
        {
            list.Error(FormProblemCodes.MissingField, json, Text.Pick(culture,
                $"Thiếu trường bắt buộc \"{field}\".",
                $"The required field \"{field}\" is missing."));
            return null;
        }

        if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)token))
        {
            list.Error(FormProblemCodes.InvalidValue, token, Text.Pick(culture,
                $"\"{field}\" phải là chuỗi ký tự không rỗng, ghi đúng như in trên mẫu (ví dụ \"01\").",
                $"\"{field}\" must be a non-empty string, written as printed (e.g. \"01\")."));
            return null;
        }

        return ((string)token!).Trim();
    }

    private static DateOnly? Date(JObject json, string field, bool required, ProblemList list, CultureInfo? culture)
    {
        var token = json[field];
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required)
            {
                list.Error(FormProblemCodes.MissingField, json, Text.Pick(culture,
                    $"Thiếu trường bắt buộc \"{field}\": ngày đầu tiên (theo ngày tiếp nhận hồ sơ) áp dụng bộ mẫu, dạng \"yyyy-MM-dd\".",
                    $"The required field \"{field}\" is missing: the first receipt day the set applies to, as \"yyyy-MM-dd\"."));
            }

            return null;
        }

        if (token.Type == JTokenType.String
            && DateOnly.TryParseExact((string)token!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        list.Error(FormProblemCodes.InvalidValue, token, Text.Pick(culture,
            $"\"{field}\" phải là một ngày dạng \"yyyy-MM-dd\", ví dụ \"2025-07-01\".",
            $"\"{field}\" must be a date written \"yyyy-MM-dd\", e.g. \"2025-07-01\"."));
        return null;
    }

    private static PaperSize? Paper(JObject form, ProblemList list, CultureInfo? culture)
    {
        var text = RequiredText(form, "paper", list, culture);
        if (text is null)
        {
            return null;
        }

        if (PaperSize.TryParse(text, out var paper))
        {
            return paper;
        }

        list.Error(FormProblemCodes.InvalidValue, form["paper"], Text.Pick(culture,
            $"Khổ giấy \"{text}\" không hợp lệ; ghi \"A5 portrait\", \"A5 landscape\", \"A4 portrait\" hoặc \"A4 landscape\".",
            $"The paper \"{text}\" is not valid; write \"A5 portrait\", \"A5 landscape\", \"A4 portrait\" or \"A4 landscape\"."));
        return null;
    }

    private static IReadOnlyList<string> Copies(JObject form, ProblemList list, CultureInfo? culture)
    {
        var token = form["copies"];
        if (token is null || token.Type == JTokenType.Null)
        {
            return [""];
        }

        if (token is JArray { Count: > 0 } array && array.All(c => c.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)c)))
        {
            return array.Select(c => ((string)c!).Trim()).ToList();
        }

        list.Error(FormProblemCodes.InvalidValue, token, Text.Pick(culture,
            "\"copies\" phải là mảng tên các liên in ra, ví dụ [\"Liên 1: Giao người nộp hồ sơ\", \"Liên 2: Lưu tại Bộ phận Một cửa\"]; bỏ trường này nếu chỉ in một bản.",
            "\"copies\" must be an array naming each printed copy, e.g. [\"Liên 1: Giao người nộp hồ sơ\", \"Liên 2: Lưu tại Bộ phận Một cửa\"]; leave it out for a single copy."));
        return [""];
    }

    private static void WarnUnknownFields(JObject json, string[] known, ProblemList list, CultureInfo? culture)
    {
        foreach (var property in json.Properties().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            list.Warning(FormProblemCodes.UnknownField, property.Value, Text.Pick(culture,
                $"Trường \"{property.Name}\" không được dùng và bị bỏ qua (có thể viết sai). Các trường: {string.Join(", ", known.Where(k => k != "$schema"))}.",
                $"The field \"{property.Name}\" is not used and is ignored (a typo?). Fields: {string.Join(", ", known.Where(k => k != "$schema"))}."));
        }
    }

    private static string DisplayPath(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        return $"{rootName}/{relative}";
    }
}
