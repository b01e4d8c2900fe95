using System.Text;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>The administrator brings a commune's staff in from a file on the users page; a new officer chooses a password with the link.</summary>
[Collection(WebCollection.Name)]
public sealed class AccountImportTests(WebFixture fixture)
{
    private const string Header = "Tên đăng nhập;Họ và tên;Thư điện tử;Điện thoại;Mã đơn vị;Vai trò;Từ ngày;Đến ngày\n";

    [Fact]
    public async Task The_dry_run_shows_the_bad_row_the_corrected_file_is_confirmed_and_the_new_officer_sets_a_password_with_the_link()
    {
        await using var admin = await fixture.SignedInAsync(DemoAccountNames.Administrator);
        await admin.OpenAsync("/admin/users", "admin: users", timed: false);
        var bad = Header + "cb.nhap.an;Đặng Thị An;;;x-tan-phu-my;desk-officer;;\n" + "cb.nhap.binh;Hà Văn Bình;;;x-tan-phu-my;pho-phong;;\n";

        await Choose(admin, bad);
        await Expect(admin.Test("account-import-summary")).ToContainTextAsync("1 tạo mới, 0 cập nhật, 0 không đổi, 1 bị từ chối");
        await Expect(admin.Test("account-import-row-3")).ToHaveAttributeAsync("data-outcome", "refused");
        await Expect(admin.Test("account-import-row-3")).ToContainTextAsync("không có vai trò \"pho-phong\"");
        await Expect(admin.Test("account-import-confirm")).ToHaveCountAsync(0);
        await Expect(admin.Test("users-table")).Not.ToContainTextAsync("cb.nhap.an");

        await Choose(admin, bad.Replace("pho-phong", "specialist", StringComparison.Ordinal));
        await admin.Test("account-import-confirm").ClickAsync();
        await Expect(admin.Test("account-import-summary")).ToContainTextAsync("Đã ghi tệp");
        await Expect(admin.Test("users-table")).ToContainTextAsync("Hà Văn Bình");
        await Expect(admin.Test("account-import-history").First).ToContainTextAsync("2 tạo mới");
        await admin.ScreenshotAsync("20b-admin-account-import");
        var link = await admin.Test("account-setup-links").Locator("tr", new() { HasText = "cb.nhap.an" }).Locator("code").Last.InnerTextAsync();

        await using var officer = await fixture.VisitorAsync();
        await officer.Page.GotoAsync(link);
        await officer.Page.FillAsync("#password", "AnMoi@2026");
        await officer.Page.FillAsync("#confirmation", "AnMoi@2026");
        await officer.Page.ClickAsync("[data-test=setup-submit]");
        await Expect(officer.Test("setup-done")).ToBeVisibleAsync();
        await officer.SignInAsync("cb.nhap.an", "AnMoi@2026");
        await Expect(officer.Page.GetByText("Đặng Thị An").First).ToBeVisibleAsync();
    }

    private static Task Choose(Visitor admin, string csv) =>
        admin.Test("account-import-input").SetInputFilesAsync(new FilePayload { Name = "nhan-su.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
}
