using System.Globalization;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>An administrator merges one department into another: preview first, then apply, and the change log says it in words.</summary>
[Collection(WebCollection.Name)]
public sealed class OrganisationChangeTests(WebFixture fixture)
{
    [Fact]
    public async Task The_administrator_previews_and_applies_a_merger_of_two_departments()
    {
        // A year ahead, so the dossiers other journeys work on today are not touched.
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddYears(1);
        await using var admin = await fixture.SignedInAsync(DemoAccountNames.Administrator);
        await admin.OpenAsync("/admin/organisation", "admin: organisation changes");
        await admin.Field("change-effective-date").FillAsync(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await admin.Field("change-effective-date").PressAsync("Tab");
        await admin.SelectAsync("change-unit", "(so-tu-phap)");
        await admin.SelectAsync("change-successor", "(so-xay-dung)");
        await Expect(admin.Test("change-apply")).ToBeDisabledAsync();

        await admin.Test("change-preview").ClickAsync();
        await Expect(admin.Test("preview-summary")).ToContainTextAsync($"Sáp nhập Sở Tư pháp");
        await Expect(admin.Test("preview-summary")).ToContainTextAsync(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Expect(admin.Test("change-preview-result")).ToContainTextAsync("Công việc đang mở chuyển sang đơn vị kế thừa");

        await admin.Test("change-apply").ClickAsync();
        var logged = admin.Test("change-log-summary").First;
        await Expect(logged).ToContainTextAsync("Sáp nhập Sở Tư pháp");
        await Expect(logged).ToContainTextAsync("vào Sở Xây dựng");
        await Expect(admin.Test("organisation-change-log")).ToContainTextAsync("chờ ngày hiệu lực");

        // Without a unit, the preview is refused under the field.
        // Opened again and waited for the interactive circuit: a bare reload let the select be clicked before it could open (CI, once).
        await admin.OpenAsync("/admin/organisation", "admin: organisation changes", timed: false);
        await admin.Field("change-effective-date").FillAsync(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await admin.Field("change-effective-date").PressAsync("Tab");
        await admin.SelectAsync("change-successor", "(so-xay-dung)");
        await admin.Test("change-preview").ClickAsync();
        await Expect(admin.Test("change-unit")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(admin.Page.GetByText("Thiếu đơn vị: hãy điền hoặc chọn.").First).ToBeVisibleAsync();
    }
}
