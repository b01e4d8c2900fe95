using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Runtime;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// An administrator brings a commune's new staff in from a spreadsheet: the dry run shows the bad row and writes nothing;
/// the corrected file is confirmed; each new officer chooses a password with the one-time link and signs in.
/// </summary>
public sealed class AccountImportApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string Header = "Tên đăng nhập,Họ và tên,Thư điện tử,Điện thoại,Mã đơn vị,Vai trò,Từ ngày,Đến ngày\n";

    [Fact]
    public async Task A_bad_row_writes_nothing_then_the_corrected_file_makes_accounts_that_sign_in_through_their_setup_link()
    {
        var admin = await server.ClientAsAsync("quantri");
        var bad = Header +
            "cb.thao,Lê Thị Thảo,thao@example.vn,,x-tan-phu-my,desk-officer,01/03/2026,\n" +
            "cb.khoa,Phan Đăng Khoa,,,x-tan-phu-my,truong-phong,01/03/2026,\n";
        var before = await server.CountsAsync();

        var dry = await (await admin.PostAsync("/api/admin/accounts/import", Csv(bad))).ReadAsync();
        Assert.False(dry.GetProperty("written").GetBoolean());
        Assert.Equal((1, 1), (dry.GetProperty("created").GetInt32(), dry.GetProperty("refused").GetInt32()));
        var issue = dry.GetProperty("rows")[1].GetProperty("issues")[0];
        Assert.Equal((3, "Vai trò"), (issue.GetProperty("row").GetInt32(), issue.Text("column")));
        Assert.Equal("refused", dry.GetProperty("rows")[1].Text("outcome"));

        var refused = await admin.PostAsync("/api/admin/accounts/import?confirm=true", Csv(bad));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal(("account-import-refused", "file"), (problem.Text("code"), problem.Text("field")));
        Assert.Equal(before, await server.CountsAsync());

        var confirmed = await admin.PostAsync("/api/admin/accounts/import?confirm=true", Csv(bad.Replace("truong-phong", "specialist", StringComparison.Ordinal)));
        var written = await confirmed.ReadAsync();
        Assert.True(confirmed.IsSuccessStatusCode, written.GetRawText());
        Assert.True(written.GetProperty("written").GetBoolean());
        var links = written.GetProperty("setupLinks").EnumerateArray().ToDictionary(l => l.Text("userName"), l => l.Text("path"));
        Assert.Equal(["cb.khoa", "cb.thao"], links.Keys.Order());

        // No password yet: the account cannot sign in until its owner uses the link.
        var anonymous = await server.ClientAsAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "cb.thao", password = "ThaoMoi@2026" })).StatusCode);
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), links["cb.thao"]).Query);
        var setup = new { userId = query["user"].ToString(), token = query["token"].ToString(), password = "ThaoMoi@2026" };
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/account/setup-password", setup)).StatusCode);
        var again = await (await anonymous.PostAsJsonAsync("/account/setup-password", setup with { password = "KhacMoi@2026" })).ReadAsync();
        Assert.Equal(("setup-link-invalid", "token"), (again.Text("code"), again.Text("field")));

        // Signed in, the desk officer's membership gave the desk's system role: the inbox opens.
        var thao = await server.ClientAsAsync(null);
        thao.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.TokenAsync("cb.thao", "ThaoMoi@2026"));
        Assert.Equal(HttpStatusCode.OK, (await thao.GetAsync("/api/tasks/inbox")).StatusCode);
        var me = await (await thao.GetAsync("/api/auth/me")).ReadAsync();
        Assert.Contains("Lê Thị Thảo", me.GetRawText());

        var log = await (await admin.GetAsync("/api/admin/accounts/imports")).ReadAsync();
        var line = log.EnumerateArray().First();
        Assert.Equal((2, 0), (line.GetProperty("created").GetInt32(), line.GetProperty("updated").GetInt32()));

        var csv = await admin.GetAsync("/api/admin/accounts/export?format=csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("cb.thao,Lê Thị Thảo,thao@example.vn,,x-tan-phu-my,Xã Tân Phú Mỹ,desk-officer,01/03/2026,", Encoding.UTF8.GetString(bytes));
        var xlsx = await admin.GetAsync("/api/admin/accounts/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Cookie_callers_need_the_antiforgery_token_oversized_and_unknown_files_are_refused_naming_the_field()
    {
        var before = await server.CountsAsync();
        var admin = await server.SignedInBrowserAsync("quantri");
        var token = admin.DefaultRequestHeaders.GetValues(CookieBrowser.TokenHeader).Single();
        admin.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);
        var file = Header + "cb.gia,Ngô Giả,,,x-tan-phu-my,specialist,01/03/2026,\n";
        var forged = await (await admin.PostAsync("/api/admin/accounts/import?confirm=true", Csv(file))).ReadAsync();
        Assert.Equal("antiforgery-token-invalid", forged.Text("code"));
        admin.DefaultRequestHeaders.Add(CookieBrowser.TokenHeader, token);

        var large = new ByteArrayContent(new byte[AccountImporter.MaxFileBytes + 1]);
        large.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var tooLarge = await admin.PostAsync("/api/admin/accounts/import", large);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("body", (await tooLarge.ReadAsync()).Text("field"));

        var json = await (await admin.PostAsync("/api/admin/accounts/import", JsonContent.Create(new { }))).ReadAsync();
        Assert.Equal(("unsupported-media-type", "body"), (json.Text("code"), json.Text("field")));
        var noHeader = await (await admin.PostAsync("/api/admin/accounts/import", Csv("a,b\n1,2\n"))).ReadAsync();
        Assert.Equal(("unreadable-file", "file"), (noHeader.Text("code"), noHeader.Text("field")));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task An_officer_imported_on_the_command_line_gets_an_account_with_its_first_setup_link()
    {
        var importer = server.Services.GetRequiredService<AccountImporter>();
        var result = await importer.ConfirmAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + "cb.dong,Vũ Văn Đông,,,x-tan-phu-my,specialist,01/03/2026,\n")), "cli.csv", new Actor("command-line", "ops"), Text.Vietnamese, accounts: null);
        var officerId = Assert.Single(result.Plan.NewOfficers).Id;
        var admin = await server.ClientAsAsync("quantri");

        var link = await (await admin.PostJsonAsync($"/api/admin/users/{officerId}/setup-link", new { })).ReadAsync();
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link.Text("path")).Query);
        Assert.Equal(HttpStatusCode.NoContent, (await (await server.ClientAsAsync(null)).PostAsJsonAsync("/account/setup-password",
            new { userId = officerId, token = query["token"].ToString(), password = "DongMoi@2026" })).StatusCode);
        Assert.False(string.IsNullOrEmpty(await server.TokenAsync("cb.dong", "DongMoi@2026")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/admin/users/khong-co/setup-link", new { })).StatusCode);
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
