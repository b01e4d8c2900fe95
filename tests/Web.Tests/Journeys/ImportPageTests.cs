using System.Text;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The designer's import page, on a server of its own (its drafts must not reach the other designer journeys): a facts table
/// uploaded, every row's result shown with the bad row's column and sentence, and the drafts written only on confirmation.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ImportPageTests(WebFixture fixture, DesignerServer designer) : IClassFixture<DesignerServer>
{
    // The code of the new procedure is a stand-in: the journey needs one the folder does not have.
    private const string Facts =
        "Mã thủ tục,Mã quy trình,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,\"Phí, lệ phí\"\n" +
        "1.000656,death-registration,Đăng ký khai tử,Hộ tịch,Cấp xã,2 ngày làm việc,Lệ phí đăng ký khai tử: 0 đồng\n" +
        "0.000001,,Xác nhận thông tin hộ tịch,Hộ tịch,Cấp xã,3 ngày làm việc,Lệ phí xác nhận: 8.000 đồng/bản\n" +
        "0.000002,,Thủ tục có thời hạn sai,Hộ tịch,Cấp xã,ba ngày,\n";

    [Fact]
    public async Task An_uploaded_facts_table_shows_every_row_with_the_bad_one_refused_and_writes_drafts_only_when_confirmed()
    {
        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;
        await analyst.OpenAsync("/designer/import", "designer: import page");

        await Id(page, "import-file").SetInputFilesAsync(new FilePayload { Name = "thu-tuc.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Facts) });

        await Expect(Id(page, "import-row")).ToHaveCountAsync(3);
        await Expect(Row(page, 2)).ToHaveAttributeAsync("data-outcome", "Changed");
        await Expect(Row(page, 2).GetByTestId("import-change")).ToContainTextAsync("trong ngày (giờ chốt 15:00) → 2 ngày làm việc");
        await Expect(Row(page, 3)).ToHaveAttributeAsync("data-outcome", "Created");
        await Expect(Row(page, 4)).ToHaveAttributeAsync("data-outcome", "Refused");
        var issue = Row(page, 4).GetByTestId("import-issue");
        await Expect(issue).ToHaveAttributeAsync("data-column", "Thời hạn giải quyết");
        await Expect(issue).ToContainTextAsync("Dòng 4, cột Thời hạn giải quyết: \"ba ngày\" không đọc được thành thời hạn");
        await analyst.ScreenshotAsync("designer-import-dry-run");

        await analyst.OpenAsync("/designer", "designer: procedures after a dry run", timed: false);
        await Expect(Id(page, "version-death-registration-v2")).ToHaveCountAsync(0);

        await analyst.OpenAsync("/designer/import", "designer: import page (again)", timed: false);
        await Id(page, "import-file").SetInputFilesAsync(new FilePayload { Name = "thu-tuc.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Facts) });
        await Expect(Id(page, "import-confirm")).ToContainTextAsync("2 bản nháp");
        await Id(page, "import-confirm").ClickAsync();
        await Expect(Id(page, "import-message")).ToContainTextAsync("Đã ghi 2 bản nháp: death-registration/v2, xac-nhan-thong-tin-ho-tich/v1.");

        await analyst.OpenAsync("/designer", "designer: procedures after the import", timed: false);
        await Expect(Id(page, "version-death-registration-v2")).ToHaveAttributeAsync("data-status", "draft");
        await Expect(Id(page, "version-xac-nhan-thong-tin-ho-tich-v1")).ToHaveAttributeAsync("data-status", "draft");
    }

    private static ILocator Id(IPage page, string id) => page.GetByTestId(id);

    private static ILocator Row(IPage page, int row) => page.Locator($"[data-testid=import-row][data-row='{row}']");
}
