using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Tests.Documents;
using Workflow.Engine.Tests.Support;
using Workflow.Testing.Support;

namespace Workflow.Engine.Tests.Organisation;

/// <summary><c>workflow accounts export|import</c> on the database, as an operator runs them.</summary>
[Collection(ConsoleCollection.Name)]
public class AccountsCommandTests
{
    [Fact]
    public async Task The_command_line_exports_the_roster_lists_a_dry_run_and_writes_only_when_told()
    {
        await using var h = await EngineHarness.StartAsync();
        await new OrganisationStore(h.Database, h.Workspace, h.Clock).SeedAndUseAsync();
        await using (var db = h.Database.Create())
        {
            await db.Memberships.ExecuteDeleteAsync();
        }

        using var folder = new TemporaryFolder("wf-accounts-cli");
        var exported = Path.Combine(folder.Path, "tai-khoan.csv");
        var (exit, output, _) = Run("export", "--output", exported);
        Assert.Equal(0, exit);
        Assert.Contains("Đã ghi", output);
        var file = Path.Combine(folder.Path, "moi.csv");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(exported) + "cb.cli,Trịnh Văn Dòng,,,x-tan-phu-my,,specialist,,\n", Encoding.UTF8);

        (exit, output, var error) = Run("import", file, "--dry-run");
        Assert.True(exit == 0, output + error);
        Assert.Contains("1 tạo mới, 0 cập nhật", output);
        await using (var db = h.Database.Create())
        {
            Assert.False(await db.Officers.AnyAsync(o => o.UserName == "cb.cli"));
        }

        (exit, output, _) = Run("import", file, "--yes", "--by", "Vận hành");
        Assert.Equal(0, exit);
        Assert.Contains("cấp liên kết đặt mật khẩu", output);
        await using (var db = h.Database.Create())
        {
            Assert.True(await db.Officers.AnyAsync(o => o.UserName == "cb.cli"));
            Assert.Equal("Vận hành", (await db.AccountImports.SingleAsync()).ByName);
        }

        (exit, output, _) = Run("import", Path.Combine(folder.Path, "khong-co.csv"));
        Assert.Equal(2, exit);

        (int, string, string) Run(params string[] args) =>
            CliConsole.Run(["accounts", .. args, "--provider", h.Database.Options.Provider.ToString(), "--connection", h.Database.Options.ConnectionString]);
    }
}
