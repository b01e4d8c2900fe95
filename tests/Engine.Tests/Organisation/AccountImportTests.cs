using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>
/// Officers and memberships in bulk: a province's personnel office sends the commune of Tân Phú Mỹ's new staff
/// as a spreadsheet; the administrator runs it dry, corrects it and confirms.
/// </summary>
public class AccountImportTests
{
    private static readonly Actor Administrator = new("quantri", "Quản trị hệ thống");

    private const string Header = "Tên đăng nhập,Họ và tên,Thư điện tử,Điện thoại,Mã đơn vị,Vai trò,Từ ngày,Đến ngày\n";

    [Fact]
    public async Task A_bad_row_is_shown_by_the_dry_run_and_refuses_the_whole_file_then_the_corrected_file_is_written_in_one_go()
    {
        await using var h = await StartAsync();
        var importer = new AccountImporter(h.Database, h.Clock);
        var bad = Header +
            "cb.lan,Nguyễn Thị Lan,lan@example.vn,0912000111,x-tan-phu-my,desk-officer,01/03/2026,\n" +
            "cb.lan,Nguyễn Thị Lan,lan@example.vn,0912000111,x-tan-phu-my-kt,specialist,01/03/2026,\n" +
            "cb.hung,Trần Văn Hùng,,,x-tan-phu-my-khong-co,specialist,01/03/2026,\n" +
            "specialist@so-xay-dung,Lê Minh Chuyên,,,so-xay-dung,specialist,01/01/2020,\n";
        var before = await CountsAsync(h);

        var dry = await importer.DryRunAsync(Csv(bad), "nhan-su.csv", Text.Vietnamese);
        Assert.Equal([AccountRowOutcome.Created, AccountRowOutcome.Created, AccountRowOutcome.Refused, AccountRowOutcome.Updated], dry.Rows.Select(r => r.Outcome));
        var issue = Assert.Single(dry.Rows[2].Issues);
        Assert.Equal((4, "Mã đơn vị"), (issue.Row, issue.Column));
        Assert.Contains("Không có đơn vị \"x-tan-phu-my-khong-co\"", issue.Message);
        Assert.Contains("Họ và tên: Chuyên viên so-xay-dung → Lê Minh Chuyên", dry.Rows[3].Changes);
        Assert.False(dry.CanConfirm);

        var refused = await Assert.ThrowsAsync<AccountImportRefusedException>(() => importer.ConfirmAsync(Csv(bad), "nhan-su.csv", Administrator, Text.Vietnamese, null));
        Assert.Contains("dòng 4, cột \"Mã đơn vị\"", refused.Message);
        Assert.Equal(before, await CountsAsync(h));

        var corrected = bad.Replace("x-tan-phu-my-khong-co", "x-tan-phu-my-kt", StringComparison.Ordinal);
        Assert.True((await importer.DryRunAsync(Csv(corrected), "nhan-su.csv", Text.Vietnamese)).CanConfirm);
        var done = await importer.ConfirmAsync(Csv(corrected), "nhan-su.csv", Administrator, Text.Vietnamese, null);
        Assert.Equal((2 + 1, 1, 0), (done.Plan.Created, done.Plan.Updated, done.Plan.Unchanged));
        Assert.Equal(["cb.hung", "cb.lan"], done.Plan.NewOfficers.Select(o => o.UserName).Order());

        await using (var db = h.Database.Create())
        {
            var lan = await db.Officers.AsNoTracking().SingleAsync(o => o.UserName == "cb.lan");
            Assert.Equal(("Nguyễn Thị Lan", "lan@example.vn", "0912000111"), (lan.DisplayName, lan.Email, lan.Phone));
            var held = await db.Memberships.AsNoTracking().Where(m => m.OfficerId == lan.Id).OrderBy(m => m.UnitId).ToListAsync();
            Assert.Equal([("x-tan-phu-my", "desk-officer"), ("x-tan-phu-my-kt", "specialist")], held.Select(m => (m.UnitId, m.Role)));
            Assert.All(held, m => Assert.Equal((new DateOnly(2026, 3, 1), (DateOnly?)null), (m.ValidFrom, m.ValidTo)));
            Assert.Equal("Lê Minh Chuyên", (await db.Officers.AsNoTracking().SingleAsync(o => o.Id == "specialist@so-xay-dung")).DisplayName);
            var logged = await db.AccountImports.AsNoTracking().SingleAsync();
            Assert.Equal(("quantri", "Quản trị hệ thống", "nhan-su.csv", 4, 3, 1, 0), (logged.ById, logged.ByName, logged.FileName, logged.Rows, logged.Created, logged.Updated, logged.Unchanged));
        }

        // The same file again changes nothing.
        Assert.All((await importer.DryRunAsync(Csv(corrected), "nhan-su.csv", Text.Vietnamese)).Rows, r => Assert.Equal(AccountRowOutcome.Unchanged, r.Outcome));
    }

    [Fact]
    public async Task A_row_that_became_invalid_after_the_dry_run_refuses_the_confirmed_run_and_nothing_is_written()
    {
        await using var h = await StartAsync();
        var importer = new AccountImporter(h.Database, h.Clock);
        var file = Header +
            "cb.moi,Phạm Văn Mới,,,x-tan-phu-my,specialist,01/03/2026,\n" +
            "desk-officer@x-tan-phu-my,Cán bộ một cửa x-tan-phu-my,desk-officer.x-tan-phu-my@example.vn,,x-tan-phu-my,leader,01/04/2026,\n";
        Assert.True((await importer.DryRunAsync(Csv(file), "a.csv", Text.Vietnamese)).CanConfirm);

        // Meanwhile another administrator makes the desk officer a leader from March: the file's April start now overlaps it.
        await using (var db = h.Database.Create())
        {
            db.Memberships.Add(new MembershipRecord { Id = Guid.NewGuid(), OfficerId = "desk-officer@x-tan-phu-my", UnitId = "x-tan-phu-my", Role = "leader", ValidFrom = new DateOnly(2026, 3, 1) });
            await db.SaveChangesAsync();
        }

        var before = await CountsAsync(h);
        var refused = await Assert.ThrowsAsync<AccountImportRefusedException>(() => importer.ConfirmAsync(Csv(file), "a.csv", Administrator, Text.Vietnamese, null));
        var row = Assert.Single(refused.Plan.Rows, r => r.Outcome == AccountRowOutcome.Refused);
        Assert.Contains("trùng với dòng này", row.Issues[0].Message);
        Assert.Equal(before, await CountsAsync(h));
    }

    [Fact]
    public async Task Each_kind_of_mistake_is_refused_with_its_row_column_and_what_to_do()
    {
        await using var h = await StartAsync();
        var dry = await new AccountImporter(h.Database, h.Clock).DryRunAsync(Csv(Header +
            "cb.a,Nguyễn Văn A,,,x-tan-phu-my,specialist,31/02/2026,\n" +
            "cb.a,Nguyễn Văn Anh,,,x-tan-phu-my,leader,01/03/2026,\n" +
            "cb.b,,,,,,,\n" +
            "cb.c,Lê Thị C,,,x-tan-phu-my,truong-phong,,\n" +
            "cb.d,Võ Văn D,,,x-tan-phu-my,specialist,01/03/2026,01/01/2026\n" +
            "Cán Bộ,Đỗ E,,,,,,\n" +
            "cb.f,Mai F,,,x-tan-phu-my,specialist,01/03/2026,\n" +
            "cb.f,Mai F,,,x-tan-phu-my,specialist,01/03/2026,\n" +
            "cb.g,Hồ G,,,x-tan-phu-my,specialist,01/07/2020,\n"), "sai.csv", Text.Vietnamese);

        Assert.All(dry.Rows.Where(r => r.Row != 8), r => Assert.Equal(AccountRowOutcome.Refused, r.Outcome));
        Assert.Equal(AccountRowOutcome.Created, dry.Rows.Single(r => r.Row == 8).Outcome);
        (int Row, string Column, string Says)[] expected =
        [
            (2, "Từ ngày", "\"31/02/2026\" không phải ngày"),
            (3, "Tên đăng nhập", "đã có ở dòng"),
            (4, "Họ và tên", "Thiếu họ và tên"),
            (5, "Vai trò", "không có vai trò \"truong-phong\""),
            (6, "Đến ngày", "phải sau ngày bắt đầu"),
            (7, "Tên đăng nhập", "chỉ được gồm chữ không dấu"),
            (9, "Từ ngày", "đã có ở một dòng trên"),
            (10, "Mã đơn vị", "không hoạt động ngày 01/07/2020"),
        ];
        foreach (var (row, column, says) in expected)
        {
            Assert.Contains(dry.Rows.Single(r => r.Row == row).Issues, i => i.Column == column && i.Message.Contains(says, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Exported_accounts_import_back_unchanged_row_for_row_from_xlsx_and_csv()
    {
        await using var h = await StartAsync();
        await using (var db = h.Database.Create())
        {
            // The harness's officers hold memberships from before some units existed; start from a real roster instead.
            await db.Memberships.ExecuteDeleteAsync();
        }

        var importer = new AccountImporter(h.Database, h.Clock);
        await importer.ConfirmAsync(Csv(Header +
            "cb.lan,Nguyễn Thị Lan,lan@example.vn,0912000111,x-tan-phu-my,desk-officer,01/03/2026,\n" +
            "cb.lan,Nguyễn Thị Lan,lan@example.vn,0912000111,p-hoa-an,desk-officer,01/07/2025,01/03/2026\n" +
            "cb.nam,\"Trần Văn Nam, Phó Chủ tịch\",,,x-tan-phu-my,leader,02/03/2026,31/12/2030\n"), "roster.csv", Administrator, Text.Vietnamese, null);

        var exported = await importer.ExportAsync();
        Assert.Contains(exported, r => r is { UserName: "cb.lan", UnitId: "p-hoa-an", UnitName: "Phường Hòa An" });
        Assert.Contains(exported, r => r is { UserName: "specialist@so-xay-dung", UnitId: null });
        foreach (var (bytes, name) in new[] { (AccountTableExporter.Xlsx(exported), "tai-khoan.xlsx"), (AccountTableExporter.Csv(exported), "tai-khoan.csv") })
        {
            var again = await importer.DryRunAsync(new MemoryStream(bytes), name, Text.Vietnamese);
            Assert.Equal(exported.Count, again.Rows.Count);
            Assert.All(again.Rows, r => Assert.True(r.Outcome == AccountRowOutcome.Unchanged, $"{name} row {r.Row}: {r.Outcome} {string.Join("; ", r.Issues)}{string.Join("; ", r.Changes)}"));
        }
    }

    [Fact]
    public async Task A_csv_saved_by_a_spreadsheet_in_Vietnamese_with_semicolons_and_a_byte_order_mark_is_read()
    {
        await using var h = await StartAsync();
        var text = "Danh sách cán bộ xã Tân Phú Mỹ;;;;;\n" +
            "Họ tên;Tên đăng nhập;Đơn vị;Vai trò;Từ ngày;Số điện thoại\n" +
            "Nguyễn Thị Ngọc Ánh;cb.anh;x-tan-phu-my;civil-status-officer;1/3/2026;0912 345 678\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var dry = await new AccountImporter(h.Database, h.Clock).DryRunAsync(new MemoryStream(bytes), "can-bo.csv", Text.Vietnamese);

        var row = Assert.Single(dry.Rows);
        Assert.Equal((3, AccountRowOutcome.Created, "cb.anh", "Nguyễn Thị Ngọc Ánh", "civil-status-officer", (DateOnly?)new DateOnly(2026, 3, 1)),
            (row.Row, row.Outcome, row.UserName, row.DisplayName, row.Role, row.ValidFrom));
    }

    [Fact]
    public async Task A_file_without_the_layout_s_header_is_refused_with_the_columns_it_needs()
    {
        await using var h = await StartAsync();
        var refused = await Assert.ThrowsAsync<TableFileException>(() =>
            new AccountImporter(h.Database, h.Clock).DryRunAsync(Csv("Mã,Tên\n1,2\n"), "x.csv", Text.Vietnamese));
        Assert.Contains("\"Tên đăng nhập\", \"Họ và tên\"", refused.Message);
    }

    private static async Task<EngineHarness> StartAsync()
    {
        var h = await EngineHarness.StartAsync();
        await new OrganisationStore(h.Database, h.Workspace, h.Clock).SeedAndUseAsync();
        return h;
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<(int Officers, int Memberships, int Imports)> CountsAsync(EngineHarness h)
    {
        await using var db = h.Database.Create();
        return (await db.Officers.CountAsync(), await db.Memberships.CountAsync(), await db.AccountImports.CountAsync());
    }
}
