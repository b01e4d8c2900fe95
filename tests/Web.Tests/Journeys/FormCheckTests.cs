using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>A form sent with several things wrong marks every one of them at once, under its field, with one message.</summary>
[Collection(WebCollection.Name)]
public sealed class FormCheckTests(WebFixture fixture)
{
    [Fact]
    public async Task The_desk_sees_every_missing_field_marked_at_once_then_the_engines_refusal_on_its_field()
    {
        await using var desk = await fixture.SignedInAsync(DemoAccountNames.Desk);
        await desk.OpenAsync("/desk/receive", "desk: reception (form check)", timed: false);
        await desk.Test("procedure-business-household-registration").ClickAsync();

        await desk.Test("accept").ClickAsync();

        await Expect(ErrorUnder(desk, "applicant-name")).ToHaveTextAsync("Ghi họ tên người nộp hồ sơ.");
        await Expect(ErrorUnder(desk, "data-businessName")).ToContainTextAsync("Ghi ");
        await Expect(ErrorUnder(desk, "data-members")).ToContainTextAsync("Ghi ");
        await Expect(desk.Page.Locator(".mud-snackbar")).ToHaveCountAsync(1);
        await Expect(desk.Page.Locator(".mud-snackbar")).ToContainTextAsync("3 ô chưa đúng");
        await Expect(desk.Test("reception-result")).ToHaveCountAsync(0);
        await desk.ScreenshotAsync("70-desk-form-marked");

        // Filled in, but with an identifier the engine refuses: marked on that field, and the others are clear.
        await desk.Field("applicant-name").FillAsync("Trương Văn Kiểm");
        await desk.Field("applicant-id").FillAsync("12345");
        await desk.Field("data-businessName").FillAsync("Tiệm sửa xe Kiểm");
        await desk.Field("data-members").FillAsync("1");
        await desk.Test("accept").ClickAsync();

        await Expect(ErrorUnder(desk, "applicant-id")).ToContainTextAsync("12 chữ số");
        await Expect(ErrorUnder(desk, "applicant-name")).ToHaveCountAsync(0);
        await Expect(ErrorUnder(desk, "data-members")).ToHaveCountAsync(0);
        await Expect(desk.Test("reception-result")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_citizen_submitting_an_empty_form_sees_the_name_and_contact_fields_marked_and_the_papers_listed()
    {
        await using var citizen = await fixture.VisitorAsync();
        await citizen.OpenAsync("/submit/land-first-certificate", "citizen: online submission (form check)", timed: false);

        await citizen.Test("submit").ClickAsync();

        await Expect(ErrorUnder(citizen, "applicant-name")).ToHaveTextAsync("Ghi họ và tên người nộp.");
        await Expect(ErrorUnder(citizen, "applicant-phone")).ToHaveTextAsync("Ghi điện thoại hoặc thư điện tử để nhận thông báo.");
        await Expect(ErrorUnder(citizen, "applicant-email")).ToHaveTextAsync("Ghi điện thoại hoặc thư điện tử để nhận thông báo.");
        await Expect(ErrorUnder(citizen, "data-parcel")).ToContainTextAsync("Ghi ");
        await Expect(citizen.Test("submit-problems")).ToContainTextAsync("Chưa tải lên: Đơn đăng ký, cấp Giấy chứng nhận theo mẫu.");
        await Expect(citizen.Test("submit-problems")).ToContainTextAsync("Ghi họ và tên người nộp.");
    }

    /// <summary>The error text MudBlazor writes under the field that carries the test id.</summary>
    private static ILocator ErrorUnder(Visitor visitor, string testId) =>
        visitor.Page.Locator(".mud-input-control", new() { Has = visitor.Field(testId) }).Locator(".mud-input-helper-text.mud-input-error");
}
