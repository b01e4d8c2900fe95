using Workflow.Designer.Interchange;
using Workflow.Designer.Simulation;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Tests.Interchange;

public class ProcessImportTests
{
    [Fact]
    public async Task An_internal_process_table_becomes_a_valid_draft_that_simulates_to_its_statutory_time()
    {
        using var harness = await DesignerHarness.StartAsync();
        var interchange = Interchange(harness);
        await CreateProcedureAsync(harness, interchange);
        var file = InterchangeFiles.Write(harness.Procedures, "../process.csv", InterchangeFiles.ProcessTable);

        ProcessImport plan;
        await using (var stream = File.OpenRead(file))
        {
            plan = await interchange.PlanProcessAsync("xac-nhan-thong-tin-ho-tich", stream, "process.csv", Text.Vietnamese);
        }

        Assert.True(plan.CanWrite, string.Join("\n", plan.Issues));
        Assert.Equal(1, plan.Version);
        Assert.True(plan.UpdatesDraft);
        Assert.Equal([3, 4, 5, 6], plan.Steps.Select(s => s.Row));
        Assert.Equal(["desk-officer", "civil-status-officer", "leader", "desk-officer"], plan.Steps.Select(s => s.Role));
        Assert.Equal("1,5 ngày làm việc", plan.Steps[1].DurationText);

        var saved = await interchange.ApplyProcessAsync(plan);

        Assert.True(saved.IsValid, string.Join("\n", saved.Problems));
        var workspace = harness.Workspace.Current;
        var draft = workspace.Catalog.Find("xac-nhan-thong-tin-ho-tich", 1)!;
        Assert.Equal(["Tiếp nhận, kiểm tra hồ sơ", "Xác minh và dự thảo văn bản xác nhận", "Ký văn bản xác nhận", "Trả kết quả"], draft.Process.Steps.Where(s => s.Kind == StepKind.Task).Select(s => s.Name));
        var simulation = new DesignerSimulator().Simulate(workspace, draft, new SimulationRequest(new DateOnly(2026, 3, 2), new TimeOnly(9, 0), "p-hoa-an"));
        Assert.True(simulation.Succeeded, simulation.Error);
        Assert.True(simulation.Plan!.FitsStatutoryTime, $"{simulation.Plan.PlannedFinish} > {simulation.Plan.StatutoryDue}");
        Assert.Equal(VietnamTime.LocalDate(simulation.Plan.StatutoryDue), VietnamTime.LocalDate(simulation.Plan.PlannedFinish));
    }

    [Fact]
    public async Task A_table_naming_a_unit_outside_the_organisation_and_an_unreadable_time_is_refused_with_row_and_column_and_nothing_written()
    {
        using var harness = await DesignerHarness.StartAsync();
        var interchange = Interchange(harness);
        var table = InterchangeFiles.ProcessTable
            .Replace("2,Xác minh và dự thảo văn bản xác nhận,\"UBND xã, phường\"", "2,Xác minh và dự thảo văn bản xác nhận,Phòng Hộ tịch Trung ương", StringComparison.Ordinal)
            .Replace("3,Ký văn bản xác nhận,\"UBND xã, phường\",\"Lãnh đạo UBND (Chủ tịch, Phó Chủ tịch)\",\"0,5 ngày làm việc\"", "3,Ký văn bản xác nhận,\"UBND xã, phường\",\"Lãnh đạo UBND (Chủ tịch, Phó Chủ tịch)\",nửa ngày", StringComparison.Ordinal);
        var file = InterchangeFiles.Write(harness.Procedures, "../process.csv", table);
        var before = File.ReadAllText(Path.Combine(harness.Procedures, "death-registration", "v1.json"));

        ProcessImport plan;
        await using (var stream = File.OpenRead(file))
        {
            plan = await interchange.PlanProcessAsync("death-registration", stream, "process.csv", Text.Vietnamese);
        }

        Assert.False(plan.CanWrite);
        Assert.Equal([(4, "Đơn vị thực hiện"), (5, "Thời gian thực hiện")], plan.Issues.Select(i => (i.Row, i.Column)));
        Assert.StartsWith("Đơn vị \"Phòng Hộ tịch Trung ương\" không có trong cơ cấu tổ chức", plan.Issues[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Thời gian \"nửa ngày\" không đọc được", plan.Issues[1].Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => interchange.ApplyProcessAsync(plan));
        Assert.False(File.Exists(Path.Combine(harness.Procedures, "death-registration", "v2.json")));
        Assert.Equal(before, File.ReadAllText(Path.Combine(harness.Procedures, "death-registration", "v1.json")));
    }

    [Fact]
    public async Task A_version_exported_as_its_process_table_imports_back_as_the_same_process()
    {
        using var harness = await DesignerHarness.StartAsync();
        var interchange = Interchange(harness);
        var original = harness.Workspace.Current.Catalog.Find("death-registration", 1)!;
        var exported = Path.Combine(harness.Procedures, "..", "death-registration-v1.xlsx");
        await File.WriteAllBytesAsync(exported, interchange.ExportProcess("death-registration", 1, Text.Vietnamese));

        var sheet = Engine.Spreadsheets.SpreadsheetReader.Read(exported).Sheets.Single();
        Assert.Equal("Nội dung công việc", sheet.Text(5, 2));
        Assert.Equal("Kiểm tra hồ sơ, ghi Sổ đăng ký khai tử và in Trích lục khai tử", sheet.Text(7, 2));
        Assert.Equal("Công chức Tư pháp - Hộ tịch", sheet.Text(7, 4));

        ProcessImport first;
        await using (var stream = File.OpenRead(exported))
        {
            first = await interchange.PlanProcessAsync("death-registration", stream, "death-registration-v1.xlsx", Text.Vietnamese);
        }

        Assert.True(first.CanWrite, string.Join("\n", first.Issues));
        Assert.Equal(
            original.Process.Steps.Where(s => s.Kind == StepKind.Task).Select(s => (s.Name, s.Assignee!.Role, s.Assignee.UnitKind, s.Duration!.Value, s.Duration.Unit)),
            first.Steps.Select(s => (s.Name, s.Role, s.UnitKind, Duration(s).Value, Duration(s).Unit)));
        await interchange.ApplyProcessAsync(first);

        await File.WriteAllBytesAsync(exported, interchange.ExportProcess("death-registration", first.Version, Text.Vietnamese));
        ProcessImport second;
        await using (var stream = File.OpenRead(exported))
        {
            second = await interchange.PlanProcessAsync("death-registration", stream, "death-registration-v2.xlsx", Text.Vietnamese);
        }

        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task The_one_page_summary_lists_the_facts_and_the_process_table()
    {
        using var harness = await DesignerHarness.StartAsync();

        var html = Interchange(harness).Summary("death-registration", 1, Text.Vietnamese);

        Assert.Contains("<h1>Đăng ký khai tử</h1>", html, StringComparison.Ordinal);
        Assert.Contains("size:A4 portrait", html, StringComparison.Ordinal);
        Assert.Contains("Luật Hộ tịch số 60/2014/QH13", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("data-testid=\"summary-step\"").Length - 1);
    }

    private static DurationSpec Duration(ImportedStep step)
    {
        var json = DurationCell.Parse(step.DurationText)!;
        Engine.Deadlines.Duration.TryParseUnit((string)json["unit"]!, out var unit);
        return new DurationSpec { Value = (decimal)json["value"]!, Unit = unit };
    }

    private static ProcedureInterchange Interchange(DesignerHarness harness) =>
        new(harness.Workspace, Microsoft.Extensions.Logging.Abstractions.NullLogger<ProcedureInterchange>.Instance);

    private static async Task CreateProcedureAsync(DesignerHarness harness, ProcedureInterchange interchange)
    {
        var csv = CsvText.Line(FactsColumns.All.Select(c => c.Vietnamese)) + "\n" + CsvText.Line([
            "0.000001", "", "Xác nhận thông tin hộ tịch", "Hộ tịch", "Cấp xã", "", "3 ngày làm việc", "Lệ phí xác nhận: 8.000 đồng/bản",
            "Tờ khai theo mẫu", "Văn bản xác nhận thông tin hộ tịch", "Luật Hộ tịch số 60/2014/QH13", ""]) + "\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var saved = await interchange.ApplyFactsAsync(await interchange.PlanFactsAsync(stream, "facts.csv", Text.Vietnamese));
        Assert.True(Assert.Single(saved).IsValid);
    }
}
