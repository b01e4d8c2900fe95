using System.CommandLine;
using System.Text;
using Workflow.Cli.Commands;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;
using Workflow.Testing.Support;

namespace Workflow.Engine.Tests.Interchange;

/// <summary><c>workflow import</c> and <c>workflow export</c>, run in-process on a copy of the shipped procedures and the sample tables.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _procedures;

    public ImportCommandTests() => _procedures = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");

    [Fact]
    public void The_sample_facts_workbook_is_a_dry_run_of_unchanged_rows_and_writes_nothing()
    {
        var before = Directory.GetFiles(_procedures, "*.json", SearchOption.AllDirectories).Length;

        var (exitCode, output) = Run(ImportCommand.Create(), "facts", Path.Combine(_procedures, "samples", "thong-tin-thu-tuc.xlsx"), "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Contains("     2  1.000656  death-registration: không đổi", output, StringComparison.Ordinal);
        Assert.Contains("0 tạo mới, 0 thay đổi, 4 không đổi, 0 bị từ chối.", output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(_procedures, "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_changed_row_confirmed_with_yes_writes_the_next_draft_and_a_bad_row_is_refused_with_its_column()
    {
        var sample = File.ReadAllText(Path.Combine(_procedures, "samples", "thong-tin-thu-tuc.csv"));
        var edited = sample.Replace("1.000656,death-registration,Đăng ký khai tử,Hộ tịch,Cấp xã,commune,trong ngày (giờ chốt 15:00)", "1.000656,death-registration,Đăng ký khai tử,Hộ tịch,Cấp tỉnh,commune,2 ngày làm việc", StringComparison.Ordinal)
            .Replace("1.000894,marriage-registration,Đăng ký kết hôn,Hộ tịch,Cấp xã", "1.000894,marriage-registration,Đăng ký kết hôn,Hộ tịch,Cấp thôn", StringComparison.Ordinal);
        Assert.NotEqual(sample, edited);
        var file = _folder.Write("facts.csv", edited);

        var (exitCode, output) = Run(ImportCommand.Create(), "facts", file, "--yes", "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("death-registration: changed, draft v2", output, StringComparison.Ordinal);
        Assert.Contains("      Level: Cấp xã → Cấp tỉnh", output, StringComparison.Ordinal);
        Assert.Contains("      Statutory time: trong ngày (giờ chốt 15:00) → 2 ngày làm việc", output, StringComparison.Ordinal);
        Assert.Contains("      3/Cấp thực hiện: \"Cấp thôn\" is not a level; write Cấp xã, Cấp huyện or Cấp tỉnh (commune, district, province).", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_procedures, "death-registration", "v2.json")));
        Assert.False(File.Exists(Path.Combine(_procedures, "marriage-registration", "v2.json")));
        var workspace = ProceduresWorkspace.Load(_procedures);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);
        Assert.Equal(Workflow.Engine.Definitions.Model.ProcedureLevel.Province, workspace.Catalog.Find("death-registration", 2)!.Level);
    }

    [Fact]
    public void An_exported_process_table_imports_back_into_a_draft_and_a_table_with_an_unknown_unit_writes_nothing()
    {
        var table = Path.Combine(_folder.Path, "quy-trinh.xlsx");
        var (exported, _) = Run(ExportCommand.Create(), "process", "death-registration", "--version", "1", "--out", table);
        Assert.Equal(0, exported);
        var sheet = Workflow.Engine.Spreadsheets.SpreadsheetReader.Read(table).Sheets.Single();
        Assert.Equal("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", sheet.Text(1, 1));
        Assert.Equal(["Bước", "Nội dung công việc", "Đơn vị thực hiện", "Vai trò", "Thời gian thực hiện"], Enumerable.Range(1, 5).Select(c => sheet.Text(5, c)));
        Assert.Equal(("Tổng", "2 giờ làm việc"), (sheet.Text(10, 1), sheet.Text(10, 5)));

        var (imported, output) = Run(ImportCommand.Create(), "process", "death-registration", table, "--yes");

        Assert.Equal(0, imported);
        Assert.Contains("4 bước, hợp lệ; sẽ ghi vào death-registration/v2 (bản nháp mới).", output, StringComparison.Ordinal);
        var draft = ProceduresWorkspace.Load(_procedures).Catalog.Find("death-registration", 2)!;
        Assert.Equal(["desk-officer", "civil-status-officer", "leader", "desk-officer"], draft.Process.Steps.Where(s => s.Assignee is not null).Select(s => s.Assignee!.Role));

        var bad = _folder.Write("bad.csv", "Bước;Nội dung công việc;Đơn vị thực hiện;Vai trò;Thời gian thực hiện\n1;Tiếp nhận;Phòng Một cửa Trung ương;Chuyên viên;2 ngày\n");
        var before = File.ReadAllText(Path.Combine(_procedures, "death-registration", "v2.json"));
        var (refused, message) = Run(ImportCommand.Create(), "process", "death-registration", bad, "--yes");

        Assert.Equal(1, refused);
        Assert.Contains("  2/Đơn vị thực hiện: Đơn vị \"Phòng Một cửa Trung ương\" không có trong cơ cấu tổ chức", message, StringComparison.Ordinal);
        Assert.Contains("Không ghi gì: 1 chỗ cần sửa trong bảng.", message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_procedures, "death-registration", "v2.json")));
    }

    [Fact]
    public void A_role_not_in_the_organisation_is_answered_with_the_roles_of_the_unit_kind_named_on_its_row()
    {
        var table = _folder.Write("vai-tro.csv", "Bước;Nội dung công việc;Đơn vị thực hiện;Vai trò;Thời gian thực hiện\n1;Thẩm định;Sở;Kế toán;2 ngày\n");

        var (refused, message) = Run(ImportCommand.Create(), "process", "death-registration", table, "--yes");

        Assert.Equal(1, refused);
        Assert.Contains("  2/Vai trò: Vai trò \"Kế toán\" không có trong cơ cấu tổ chức; ghi tên hoặc mã một vai trò: Trưởng đơn vị, Phó trưởng đơn vị, Chuyên viên.",
            message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_from_a_spreadsheet_set_to_vietnamese_reads_with_semicolons_quoted_line_breaks_and_a_byte_order_mark()
    {
        var path = _folder.Write("bang.csv", "");
        File.WriteAllText(path, "Mã thủ tục;Tên thủ tục\r\n1.000656;\"Đăng ký \"\"khai tử\"\"\nnhiều dòng\"\r\n\r\n2.000635;Cấp bản sao; thêm\r\n", new UTF8Encoding(true));

        var rows = TableFile.Read(path);

        Assert.Equal([1, 2, 4], rows.Select(r => r.Number));
        Assert.Equal("Mã thủ tục", rows[0].Cell(0));
        Assert.Equal("Đăng ký \"khai tử\"\nnhiều dòng", rows[1].Cell(1));
        Assert.Equal(["2.000635", "Cấp bản sao", " thêm"], rows[2].Cells);
    }

    public void Dispose() => _folder.Dispose();

    private (int ExitCode, string Output) Run(Command command, params string[] args)
    {
        var output = new StringWriter();
        var exitCode = command.Parse([.. args, "--procedures", _procedures]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, output.ToString());
    }
}
