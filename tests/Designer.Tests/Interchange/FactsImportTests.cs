using Newtonsoft.Json.Linq;
using Workflow.Designer.Interchange;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Tests.Interchange;

public class FactsImportTests
{
    [Fact]
    public async Task A_facts_sheet_of_several_procedures_is_planned_row_by_row_and_written_as_drafts_only_when_confirmed()
    {
        using var harness = await DesignerHarness.StartAsync();
        var interchange = new ProcedureInterchange(harness.Workspace, Microsoft.Extensions.Logging.Abstractions.NullLogger<ProcedureInterchange>.Instance);
        var death = JObject.Parse(File.ReadAllText(Path.Combine(harness.Procedures, "death-registration", "v1.json")));
        var marriage = JObject.Parse(File.ReadAllText(Path.Combine(harness.Procedures, "marriage-registration", "v1.json")));
        var unchangedRow = FactsRow(marriage);
        var changedRow = FactsRow(death).Replace("\"trong ngày (giờ chốt 15:00)\"", "2 ngày làm việc", StringComparison.Ordinal).Replace("trong ngày (giờ chốt 15:00)", "2 ngày làm việc", StringComparison.Ordinal);
        var csv = string.Join('\n',
            CsvText.Line(FactsColumns.All.Select(c => c.Vietnamese)),
            changedRow,
            unchangedRow,
            NewRow(),
            CsvText.Line(["1.999999", "", "Thủ tục có thời hạn sai", "Hộ tịch", "Cấp xã", "", "ba ngày", "", "", "", "", ""])) + "\n";
        var file = InterchangeFiles.Write(harness.Procedures, "../facts.csv", csv);
        var before = Directory.GetFiles(harness.Procedures, "*.json", SearchOption.AllDirectories).Length;

        IReadOnlyList<FactsRowResult> plan;
        await using (var stream = File.OpenRead(file))
        {
            plan = await interchange.PlanFactsAsync(stream, "facts.csv", Text.Vietnamese);
        }

        Assert.Equal(before, Directory.GetFiles(harness.Procedures, "*.json", SearchOption.AllDirectories).Length);
        Assert.Equal([2, 3, 4, 5], plan.Select(r => r.Row));

        var changed = plan[0];
        Assert.Equal(ImportOutcome.Changed, changed.Outcome);
        Assert.Equal("death-registration", changed.ProcedureId);
        Assert.Equal(2, changed.Version);
        var difference = Assert.Single(changed.Changes);
        Assert.Equal(("Thời hạn giải quyết", "trong ngày (giờ chốt 15:00)", "2 ngày làm việc"), (difference.Column, difference.Before, difference.After));

        Assert.Equal(ImportOutcome.Unchanged, plan[1].Outcome);
        Assert.Equal("marriage-registration", plan[1].ProcedureId);

        var created = plan[2];
        Assert.Equal(ImportOutcome.Created, created.Outcome);
        Assert.Equal(("xac-nhan-thong-tin-ho-tich", 1), (created.ProcedureId, created.Version));

        var refused = plan[3];
        Assert.Equal(ImportOutcome.Refused, refused.Outcome);
        var issue = Assert.Single(refused.Issues);
        Assert.Equal((5, "Thời hạn giải quyết"), (issue.Row, issue.Column));
        Assert.StartsWith("\"ba ngày\" không đọc được thành thời hạn", issue.Message, StringComparison.Ordinal);

        var saved = await interchange.ApplyFactsAsync(plan);

        Assert.Equal(2, saved.Count);
        Assert.All(saved, s => Assert.True(s.IsValid, string.Join("\n", s.Problems)));
        var workspace = ProceduresWorkspace.Load(harness.Procedures);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);
        var draft = workspace.Catalog.Find("death-registration", 2)!;
        Assert.Equal((2m, Engine.Deadlines.DurationUnit.WorkingDays), (draft.StatutoryTime.Value, draft.StatutoryTime.Unit));
        Assert.Equal(Engine.Definitions.Model.DefinitionStatus.Draft, draft.Status);
        Assert.True(JToken.DeepEquals(death["documents"], JObject.Parse(draft.Source.CanonicalJson)["documents"]), "the documents, untouched by the row, are kept as they were");
        var fresh = workspace.Catalog.Find("xac-nhan-thong-tin-ho-tich", 1)!;
        Assert.Equal(("0.000001", 8000m, "bản"), (fresh.Code, fresh.Fees.Single().Amount!.Value, fresh.Fees.Single().Per));
        Assert.Equal(["Tờ khai theo mẫu", "Giấy tờ tùy thân (xuất trình)"], fresh.Documents.Select(d => d.Name));
        Assert.False(File.Exists(Path.Combine(harness.Procedures, "marriage-registration", "v2.json")));
    }

    [Fact]
    public void Every_shipped_procedure_exported_as_a_facts_workbook_imports_back_unchanged()
    {
        using var folder = new Testing.Support.TemporaryFolder();
        var procedures = folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var workspace = ProceduresWorkspace.Load(procedures);
        var newest = DraftTarget.ProcedureIds(procedures).Select(id => DraftTarget.For(procedures, id, []).Newest!).ToList();
        var path = Path.Combine(folder.Path, "facts.xlsx");
        using (var output = File.Create(path))
        {
            FactsTableExporter.Build(newest).Save(output);
        }

        var options = ProceduresWorkspace.DefinitionOptions(procedures, Text.Vietnamese, calendar: workspace.Calendar) with { Organisation = new OrganisationKindCatalog(workspace.Organisation!) };
        var plan = new FactsImporter(procedures, options, (text, id, version) => Engine.Definitions.Loading.DefinitionLoader.LoadText(text, id, id, version, options)).Plan(TableFile.Read(path));

        Assert.Equal(newest.Count, plan.Count);
        Assert.All(plan, row => Assert.True(row.Outcome == ImportOutcome.Unchanged, $"{row.ProcedureId}: {row.Outcome} {string.Join("; ", row.Changes.Select(c => $"{c.Column}: {c.Before} → {c.After}"))} {string.Join("; ", row.Issues)}"));
    }

    private static string FactsRow(JObject definition) => CsvText.Line(FactsColumns.All.Select(c => FactsCells.Render(definition, c)));

    // The code is a stand-in: the test needs a procedure the folder does not have.
    private static string NewRow() => CsvText.Line([
        "0.000001", "", "Xác nhận thông tin hộ tịch", "Hộ tịch", "Cấp xã", "", "3 ngày làm việc", "Lệ phí xác nhận: 8.000 đồng/bản",
        "Tờ khai theo mẫu\nGiấy tờ tùy thân (xuất trình)", "Văn bản xác nhận thông tin hộ tịch", "Luật Hộ tịch số 60/2014/QH13\nNghị định số 123/2015/NĐ-CP", ""]);
}
