using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// An administrator records that an officer signs by order of the head (TL.) and sees the signature
/// block it will print. At the Tân Phú Mỹ economic office, which no other journey signs for.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SigningOnBehalfTests(WebFixture fixture)
{
    [Fact]
    public async Task The_administrator_records_a_TL_authorisation_and_sees_its_signature_block()
    {
        await using var admin = await fixture.SignedInAsync(DemoAccountNames.Administrator);
        await admin.OpenAsync("/admin/signing", "admin: signing on behalf");
        await admin.SelectAsync("signing-kind", "TL.");
        await admin.SelectAsync("signing-unit", "(x-tan-phu-my-kt)");
        await admin.SelectAsync("signing-principal", "Lý Văn Sơn");
        await admin.Field("signing-principal-title").FillAsync("Trưởng phòng");
        await admin.SelectAsync("signing-signer", "Trịnh Thị Ngọc");
        await admin.Field("signing-signer-title").FillAsync("Chuyên viên");

        await admin.Test("signing-create").ClickAsync();

        await Expect(admin.Page.Locator(".mud-snackbar")).ToContainTextAsync("Đã ghi nhận: TL. TRƯỞNG PHÒNG / CHUYÊN VIÊN / Trịnh Thị Ngọc.");
        await Expect(admin.Test("signing-list")).ToContainTextAsync("TL. TRƯỞNG PHÒNG / CHUYÊN VIÊN / Trịnh Thị Ngọc");
        await Expect(admin.Test("signing-list")).ToContainTextAsync("đang hiệu lực");
    }
}
