using System.Text.Json;
using Workflow.Engine.Spreadsheets;
using Workflow.Engine.Tests.Documents;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary><c>workflow report</c> against the scenario's database: JSON, Excel, the portal payload, and usage errors (exit 2).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReportCommandTests(MarchScenario scenario) : IClassFixture<MarchScenario>, IDisposable
{
    private readonly TemporaryFolder _folder = new("wf-report");

    public void Dispose() => _folder.Dispose();

    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var database = scenario.Harness.Database.Options;
        return CliConsole.Run(["report", .. args, "--provider", database.Provider.ToString(), "--connection", database.ConnectionString, "--procedures", RepositoryPaths.Procedures]);
    }

    [Fact]
    public void Json_and_Excel_for_a_month_by_procedure()
    {
        var file = Path.Combine(_folder.Path, "thang-3.xlsx");

        var (exit, output, error) = Run("--month", "2026-03", "--group", "procedure", "--xlsx", file, "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2026-03-31", root.GetProperty("period").GetProperty("to").GetString());
        Assert.Equal(14, root.GetProperty("total").GetProperty("received").GetInt32());
        Assert.Equal(0.8m, root.GetProperty("total").GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(5, root.GetProperty("rows").GetArrayLength());
        Assert.Contains(root.GetProperty("definitions").EnumerateArray(), d => d.GetProperty("id").GetString() == "averageProcessingDays");
        Assert.Equal(82, root.GetProperty("indicators").GetProperty("supportedMaximum").GetInt32());
        Assert.Contains(root.GetProperty("indicators").GetProperty("unsupported").EnumerateArray(), u => u.GetProperty("id").GetString() == "c01-7-officer-attitude");
        var workbook = SpreadsheetReader.Read(file);
        Assert.Equal("Thủ tục hành chính", workbook.Sheet("Báo cáo").Text(8, 2));
    }

    [Fact]
    public void Text_output_for_one_unit_in_English()
    {
        var (exit, output, error) = Run("--from", "2026-03-01", "--to", "2026-03-31", "--unit", MarchScenario.HoaAn, "--lang", "en");

        Assert.True(exit == 0, error);
        Assert.Contains("HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS", output, StringComparison.Ordinal);
        Assert.Contains("from 01/03/2026 to 31/03/2026", output, StringComparison.Ordinal);
        Assert.Contains("Index 7: officer attitude: Not recorded", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_payload_of_one_dossier()
    {
        var code = (await scenario.Harness.DossierAsync(scenario["M6"])).Code;

        var (exit, output, error) = Run("--portal", code);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(code, json.RootElement.GetProperty("dossierCode").GetString());
        Assert.Equal("20260313140000", json.RootElement.GetProperty("returnedAt").GetString());
    }

    [Theory]
    [InlineData("--month", "2026-13")]
    [InlineData("--group", "officer", "--month", "2026-03")]
    [InlineData("--from", "2026-03-31", "--to", "2026-03-01")]
    [InlineData("--month", "2026-03", "--unit", "no-such-unit")]
    [InlineData("--from", "2026-03-01")]
    public void Usage_mistakes_get_one_sentence_and_exit_code_2(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(error.Trim().Split('\n'));
    }
}
