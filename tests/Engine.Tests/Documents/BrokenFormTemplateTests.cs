using System.Text;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Documents.Forms.Templates;
using Workflow.Engine.Localization;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>A broken set or template is reported with its file, line and column and a sentence; the rest stays usable.</summary>
public class BrokenFormTemplateTests
{
    private const string Receipt03 = "procedures/forms/tt03-2025/01-receipt.sbn-html";
    private const string Set01 = "procedures/forms/tt01-2018/set.json";
    private const string Set03 = "procedures/forms/tt03-2025/set.json";

    private static FormTemplateLoadResult Load(string root) => FormTemplateSetLoader.Load(root, Text.Vietnamese);

    private static string Edit(string root, string relative, Func<string, string> change)
    {
        var path = Path.Combine(Path.GetDirectoryName(root)!, relative);
        var original = File.ReadAllText(path);
        var text = change(original);
        Assert.True(text != original, $"the edit did not apply to {relative}");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return text;
    }

    private static Problem Single(FormTemplateLoadResult result, string code)
    {
        var matching = result.Problems.Where(p => p.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Problems)}");
        return matching[0];
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_its_file_line_and_column_and_only_that_form_is_left_out()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        var text = Edit(root, Receipt03, t => t.Replace("Mã hồ sơ: <b class=\"nowrap\">{{ dossier.code }}</b>", "Mã hồ sơ: <b class=\"nowrap\">{{ dossier.code + }}</b>"));

        var result = Load(root);

        var problem = result.Problems.First(p => p.Code == FormProblemCodes.TemplateSyntax);
        var (line, column) = TextPosition.Of(text, "+ }}");
        Assert.Equal((Receipt03, line, column + 2), (problem.File, problem.Line, problem.Column));
        Assert.Contains("Lỗi cú pháp Scriban", problem.Message);
        Assert.Contains($"{Receipt03}:{line}:{column + 2}: error FRM007", problem.ToString());
        var tt03 = result.Catalog.FindSet("tt03-2025")!;
        Assert.Null(tt03.FindForm(FormPurpose.Receipt));
        Assert.NotNull(tt03.FindForm(FormPurpose.Refusal));
    }

    [Fact]
    public void A_template_that_fails_when_run_is_found_at_load_time_with_its_position()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        var text = Edit(root, Receipt03, t => t.Replace("<p>Ông/Bà: <b>{{ applicant.name }}</b></p>", "<p>Ông/Bà: <b>{{ aplicant.name }}</b></p>"));

        var problem = Single(Load(root), FormProblemCodes.TemplateFailsOnSample);

        var (line, column) = TextPosition.Of(text, "aplicant.name");
        Assert.Equal((Receipt03, line, column), (problem.File, problem.Line, problem.Column));
        Assert.Contains("aplicant", problem.Message);
    }

    [Fact]
    public void A_helper_given_a_wrong_value_fails_at_the_place_it_is_called()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        var text = Edit(root, Receipt03, t => t.Replace("<p>2. Số lượng hồ sơ:", "<p>{{ punctuality_text 'soon' }}{{ vn_time dossier.code }}2. Số lượng hồ sơ:"));

        var problem = Single(Load(root), FormProblemCodes.TemplateFailsOnSample);

        var (line, column) = TextPosition.Of(text, "punctuality_text 'soon'");
        Assert.Equal((Receipt03, line), (problem.File, problem.Line));
        Assert.InRange(problem.Column, column, column + "punctuality_text 'soon'".Length);
        Assert.Contains("soon", problem.Message);
    }

    [Fact]
    public void The_loop_limit_stays_on_and_include_is_not_available()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        Edit(root, Receipt03, t => t.Replace("<body>", "<body>{{ for i in 1..1000000 }}{{ end }}"));
        Edit(root, "procedures/forms/tt03-2025/03-refusal.sbn-html", t => t.Replace("<body>", "<body>{{ include 'set.json' }}"));

        var problems = Load(root).Problems.Where(p => p.Code == FormProblemCodes.TemplateFailsOnSample).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.File == Receipt03 && p.Message.Contains("LoopLimit"));
        Assert.Contains(problems, p => p.File.EndsWith("03-refusal.sbn-html") && p.Message.Contains("include", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Templates_cannot_reach_into_dotnet_objects()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        Edit(root, Receipt03, t => t.Replace("<body>", "<body><i id=\"probe\">[{{ dossier.received_at.year }}|{{ dossier.received_at.ticks }}]</i>"));

        var result = Load(root);
        var html = new FormRenderer(result.Catalog).Render(SampleFormData.Receipt).Html;

        Assert.Empty(result.Problems);
        Assert.Contains("<i id=\"probe\">[|]</i>", html);
    }

    [Fact]
    public void The_template_hash_changes_when_the_template_does()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        var before = Load(root).Catalog.FindSet("tt03-2025")!.FindForm(FormPurpose.Receipt)!.TemplateHash;
        Edit(root, Receipt03, t => t.Replace("6. Đăng ký nhận kết quả tại:", "6. Nơi nhận kết quả:"));

        var after = Load(root);
        var changed = after.Catalog.FindSet("tt03-2025")!.FindForm(FormPurpose.Receipt)!;

        Assert.Equal(RepositoryForms.Catalog.FindSet("tt03-2025")!.FindForm(FormPurpose.Receipt)!.TemplateHash, before);
        Assert.NotEqual(before, changed.TemplateHash);
        var rendered = new FormRenderer(after.Catalog).Render(SampleFormData.Receipt);
        Assert.Equal(changed.TemplateHash, rendered.TemplateHash);
        Assert.Contains("6. Nơi nhận kết quả:", rendered.Html);
    }

    [Fact]
    public void Overlapping_validity_is_refused_at_the_later_sets_validFrom()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        Edit(root, Set01, t => t.Replace("\"validTo\": \"2025-06-30\"", "\"validTo\": \"2025-07-15\""));
        var set03 = File.ReadAllText(Path.Combine(Path.GetDirectoryName(root)!, Set03));

        var problem = Single(Load(root), FormProblemCodes.OverlappingValidity);

        var (line, column) = TextPosition.Of(set03, "\"validFrom\"");
        Assert.Equal((Set03, line, column, "$.validFrom"), (problem.File, problem.Line, problem.Column, problem.JsonPath));
        Assert.Contains("tt01-2018", problem.Message);
        Assert.Contains("2025-07-15", problem.Message);
    }

    [Fact]
    public void A_gap_between_sets_is_a_warning_naming_the_days_without_forms()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        Edit(root, Set01, t => t.Replace("\"validTo\": \"2025-06-30\"", "\"validTo\": \"2025-06-15\""));

        var problem = Single(Load(root), FormProblemCodes.ValidityGap);

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("2025-06-16", problem.Message);
        Assert.Contains("2025-06-30", problem.Message);
    }

    [Fact]
    public void Set_file_mistakes_are_located_and_explained()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        var text = Edit(root, Set03, t => t
            .Replace("\"purpose\": \"refusal\"", "\"purpose\": \"rejection\"")
            .Replace("\"template\": \"05-stop-notice.sbn-html\"", "\"template\": \"05-stop.sbn-html\"")
            .Replace("\"paper\": \"A4 landscape\"", "\"paper\": \"Letter\"")
            .Replace("      \"number\": \"02\",\n", "")
            .Replace("\"circular\": \"03/2025/TT-VPCP\",", "\"circular\": \"03/2025/TT-VPCP\",\n  \"validFron\": \"2025-07-01\","));

        var result = Load(root);

        var unknown = Single(result, FormProblemCodes.UnknownPurpose);
        Assert.Equal((Set03, TextPosition.Of(text, "\"purpose\": \"rejection\"").Line, "$.forms[2].purpose"), (unknown.File, unknown.Line, unknown.JsonPath));
        Assert.Contains("supplement-request", unknown.Message);
        var missingFile = Single(result, FormProblemCodes.MissingTemplateFile);
        Assert.Equal(TextPosition.Of(text, "\"template\": \"05-stop.sbn-html\"").Line, missingFile.Line);
        Assert.Contains("procedures/forms/tt03-2025/05-stop.sbn-html", missingFile.Message);
        Assert.Contains("\"number\"", Single(result, FormProblemCodes.MissingField).Message);
        Assert.Contains("Letter", Single(result, FormProblemCodes.InvalidValue).Message);
        var typo = Single(result, FormProblemCodes.UnknownField);
        Assert.Equal(ProblemSeverity.Warning, typo.Severity);
        Assert.Contains("validFron", typo.Message);
        var tt03 = result.Catalog.FindSet("tt03-2025")!;
        // Each broken form is left out; the three untouched ones stay usable.
        Assert.Equal(new[] { FormPurpose.Apology, FormPurpose.ControlSheet, FormPurpose.Receipt }, tt03.Forms.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_set_without_its_dates_or_with_an_id_unlike_its_folder_is_not_used()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        Edit(root, Set03, t => t.Replace("  \"validFrom\": \"2025-07-01\",\n", ""));
        Edit(root, Set01, t => t.Replace("\"id\": \"tt01-2018\"", "\"id\": \"tt01\""));

        var result = Load(root);

        Assert.Contains("\"validFrom\"", Single(result, FormProblemCodes.MissingField).Message);
        Assert.Contains("tt01-2018", Single(result, FormProblemCodes.SetIdMismatch).Message);
        Assert.Empty(result.Catalog.Sets);
    }

    [Fact]
    public void Malformed_json_and_a_folder_without_set_json_are_reported()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        var text = Edit(root, Set03, t => t.Replace("\"circular\": \"03/2025/TT-VPCP\",", "\"circular\": \"03/2025/TT-VPCP\""));
        Directory.CreateDirectory(Path.Combine(root, "forms", "tinh-x-2026"));

        var result = Load(root);

        var malformed = Single(result, FormProblemCodes.MalformedSetFile);
        Assert.Equal(Set03, malformed.File);
        Assert.Equal(TextPosition.Of(text, "\"description\"").Line, malformed.Line);
        Assert.Equal("procedures/forms/tinh-x-2026/set.json", Single(result, FormProblemCodes.MissingSetFile).File);
        Assert.Equal(["tt01-2018"], result.Catalog.Sets.Select(s => s.Id));
    }

    [Fact]
    public void A_template_outside_the_sets_folder_is_refused()
    {
        using var folder = new TemporaryFolder();
        var root = RepositoryForms.CopyTo(folder);
        Edit(root, Set03, t => t.Replace("\"template\": \"03-refusal.sbn-html\"", "\"template\": \"../tt01-2018/03-refusal.sbn-html\""));

        var problem = Single(Load(root), FormProblemCodes.InvalidValue);

        Assert.Equal("$.forms[2].template", problem.JsonPath);
        Assert.Contains("trong thư mục của bộ mẫu", problem.Message);
    }

    [Fact]
    public void No_forms_folder_is_an_error()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "procedures"));

        var result = Load(Path.Combine(folder.Path, "procedures"));

        Assert.Equal(FormProblemCodes.NoSets, Assert.Single(result.Problems).Code);
        Assert.Empty(result.Catalog.Sets);
    }
}
