using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// A first land-use certificate filed online by a citizen, from the upload of its papers to the
/// citizen's rating: the desk's pre-check, the land registry branch, the tax office's payment
/// notice, the payment, the provincial registry's signature, the return by post and the postal
/// register. The server started for these tests has no online payment gateway (none can be
/// configured without code), so the citizen is told to pay at the desk and the desk records it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class CitizenOnlineTests(WebFixture fixture)
{
    private const string Applicant = "Lương Thị Hồng Nhung";

    /// <summary>A one-page PDF as a scanner makes it (the store recognises PDF by its first bytes).</summary>
    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task An_online_dossier_goes_from_upload_to_postal_return_and_the_citizens_rating()
    {
        // The citizen finds the procedure in the catalogue and files it online, with a scan of each paper.
        string code, secret, dossierPath;
        await using (var citizen = await fixture.VisitorAsync())
        {
            await citizen.OpenAsync("/procedures", "citizen: catalogue");
            await citizen.Test("catalogue-submit").ClickAsync();
            await citizen.Page.WaitForURLAsync(url => url.EndsWith("/submit", StringComparison.Ordinal));
            await citizen.OpenAsync("/submit", "citizen: online submission");
            await Expect(citizen.Test("procedure-signature-certification")).ToHaveCountAsync(0);
            await citizen.ScreenshotAsync("30-citizen-submit-choose");
            await citizen.Test("procedure-land-first-certificate").ClickAsync();
            await citizen.Page.WaitForURLAsync(url => url.EndsWith("/submit/land-first-certificate", StringComparison.Ordinal));
            await Expect(citizen.Test("chosen-procedure")).ToContainTextAsync("Giấy chứng nhận quyền sử dụng đất");

            await citizen.SelectAsync("receiving-unit", "Phường Hòa An");
            await citizen.Field("applicant-name").FillAsync(Applicant);
            await citizen.Field("applicant-phone").FillAsync("0935777888");
            await citizen.Field("applicant-email").FillAsync("hongnhung@example.vn");
            await citizen.Field("data-parcel").FillAsync("Thửa 120, tờ bản đồ số 7");
            await citizen.Field("data-area").FillAsync("96.5");

            // Submitting with papers missing is stopped with the list of what is missing.
            await citizen.Test("submit").ClickAsync();
            await Expect(citizen.Test("submit-problems")).ToContainTextAsync("Chưa tải lên: Đơn đăng ký, cấp Giấy chứng nhận theo mẫu.");

            // A text file named .pdf is refused with the reason; the real scan is accepted.
            await citizen.UploadAsync("paper-don-dang-ky", "don-dang-ky.pdf", "application/pdf", Encoding.UTF8.GetBytes("không phải tệp PDF"));
            await Expect(citizen.Test("paper-don-dang-ky").Locator("[data-test=paper-refused]")).ToContainTextAsync("không phải PDF hay ảnh; chỉ nhận PDF, JPEG, PNG");
            await citizen.ScreenshotAsync("31-citizen-upload-refused");
            foreach (var paper in new[] { "don-dang-ky", "hop-dong", "bien-ban-ban-giao" })
            {
                await citizen.UploadAsync($"paper-{paper}", $"{paper}.pdf", "application/pdf", ScannedPdf);
                await Expect(citizen.Test($"paper-{paper}")).ToHaveAttributeAsync("data-uploaded", "true");
            }

            await Expect(citizen.Test("paper-don-dang-ky").Locator("[data-test=paper-refused]")).ToHaveCountAsync(0);
            await citizen.Test("delivery-post").ClickAsync();
            await citizen.Field("applicant-address").FillAsync("25 Nguyễn Huệ, phường Hòa An");
            await citizen.ScreenshotAsync("32-citizen-submit-filled");
            await citizen.Test("submit").ClickAsync();
            await Expect(citizen.Test("submission-result")).ToBeVisibleAsync();
            code = (await citizen.Test("dossier-code").InnerTextAsync()).Trim();
            secret = (await citizen.Test("tracking-secret").InnerTextAsync()).Trim();
            Assert.Matches(CodePattern(), code);
            Assert.Matches("^[A-Z2-9]{8}$", secret);
            await Expect(citizen.Test("submission-result").Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "1");
            await citizen.ScreenshotAsync("33-citizen-submitted");
        }

        // The desk checks the online filing, accepts it and transfers it to the land registry branch.
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync("/desk/precheck", "desk: filings to check (online land)");
            var row = desk.Page.Locator("tr", new() { HasText = Applicant });
            await Expect(row).ToHaveCountAsync(1);
            await row.Locator("a").First.ClickAsync();
            await desk.Page.WaitForURLAsync(new Regex("/dossiers/"));
            dossierPath = new Uri(desk.Page.Url).AbsolutePath;
            await desk.OpenAsync(dossierPath, "desk: online dossier");
            await Expect(desk.Test("documents")).ToContainTextAsync("Hợp đồng chuyển nhượng");
            await desk.Test("accept").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "2");
            await desk.Test("outcome-transfer").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }

        // The branch reviews it, its head sends it to the tax office, which notifies the amount due.
        await CompleteStepAsync(LandAccountNames.BranchSpecialist, dossierPath, "approve", "4");
        await CompleteStepAsync(LandAccountNames.BranchHead, dossierPath, "send", "4");
        await CompleteStepAsync(LandAccountNames.TaxOfficer, dossierPath, "notify", "6");

        // The citizen sees the dossier waiting for payment; with no gateway configured, the page says to pay at the desk.
        await using (var citizen = await fixture.VisitorAsync())
        {
            await TrackAsync(citizen, code, secret, "6");
            var panel = citizen.Test("payment-panel");
            await Expect(panel.Locator("[data-test=fee-lines]")).ToContainTextAsync("600.000 đ");
            await Expect(panel.Locator("[data-test=no-gateway]")).ToContainTextAsync("Chưa có cổng thanh toán trực tuyến");
            await Expect(panel.Locator("[data-test=no-gateway]")).ToContainTextAsync("Bộ phận một cửa Phường Hòa An");
            await Expect(panel.Locator("[data-test=pay-online]")).ToHaveCountAsync(0);
            await citizen.ScreenshotAsync("34-citizen-payment-no-gateway");
        }

        // The citizen pays at the desk; the desk records the receipt and processing resumes.
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync(dossierPath, "desk: dossier waiting for payment");
            await desk.Field("payment-amount").FillAsync("600000");
            await desk.Field("payment-reference").FillAsync("BL-0012345");
            await desk.Test("payment").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }

        // The branch updates the records, its head checks, the provincial registry signs.
        await CompleteStepAsync(LandAccountNames.BranchSpecialist, dossierPath, "submit", "4");
        await CompleteStepAsync(LandAccountNames.BranchHead, dossierPath, "submit", "4");
        await CompleteStepAsync(LandAccountNames.RegistryHead, dossierPath, "sign", "9");

        // The desk sends the certificate by post and finds it in the day's postal register.
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync("/desk/returns", "desk: returns (online land)");
            var row = desk.Page.Locator("tr", new() { HasText = code });
            await row.Locator("[data-test=waybill] input, input[data-test=waybill]").First.FillAsync("EV123456789VN");
            // The handover time typed (half an hour ago, the same day) is the one recorded, not the time of the click.
            var localNow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime;
            var handedOver = localNow.AddMinutes(-30).Date == localNow.Date ? localNow.AddMinutes(-30) : localNow.Date;
            await row.Locator("[data-test=handed-over] input, input[data-test=handed-over]").First.FillAsync(handedOver.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
            await row.Locator("[data-test=return-post]").ClickAsync();
            await Expect(row).ToHaveCountAsync(0);

            await desk.OpenAsync("/desk/postal-register", "desk: postal register");
            var sent = desk.Test("postal-sent").Locator("tr", new() { HasText = code });
            await Expect(sent).ToHaveCountAsync(1);
            await Expect(sent.Locator("[data-test=postal-waybill]")).ToHaveTextAsync("EV123456789VN");
            await Expect(sent).ToContainTextAsync(handedOver.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture));
            await desk.ScreenshotAsync("35-desk-postal-register");
            await desk.Page.EmulateMediaAsync(new() { Media = Media.Print });
            await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "36-postal-register-printed.png"), FullPage = true });
            await desk.Page.EmulateMediaAsync(new() { Media = Media.Screen });
        }

        // The citizen sees the result returned and rates the service; "not satisfied" needs a reason.
        await using (var citizen = await fixture.VisitorAsync())
        {
            await TrackAsync(citizen, code, secret, "10");
            var panel = citizen.Test("rating-panel");
            await panel.Locator("[data-test=rate-not-satisfied]").ClickAsync();
            await Expect(panel.Locator("[data-test=rate]")).ToBeDisabledAsync();
            await panel.Locator("[data-test=rate-satisfied]").ClickAsync();
            await Expect(panel.Locator("[data-test=rate]")).ToBeEnabledAsync();
            await citizen.ScreenshotAsync("37-citizen-rating");
            await panel.Locator("[data-test=rate]").ClickAsync();
            await Expect(panel.Locator("[data-test=rated]")).ToBeVisibleAsync();
            await Expect(citizen.Test("track-result")).ToContainTextAsync("Đã xác nhận nộp phí");

            // Tracked again, the dossier says it was rated.
            await TrackAsync(citizen, code, secret, "10");
            await Expect(citizen.Test("rating-panel").Locator("[data-test=rated]")).ToBeVisibleAsync();
        }
    }

    private async Task CompleteStepAsync(string userName, string dossierPath, string outcome, string statusAfter)
    {
        await using var officer = await fixture.SignedInAsync(userName);
        await officer.OpenAsync(dossierPath, $"{userName}: online land dossier");
        await officer.Test($"outcome-{outcome}").ClickAsync();
        await Expect(officer.Test("status")).ToHaveAttributeAsync("data-status", statusAfter);
    }

    private static async Task TrackAsync(Visitor citizen, string code, string secret, string status)
    {
        await citizen.OpenAsync($"/tracking?code={code}", $"citizen: tracking (status {status})");
        await Expect(citizen.Field("track-code")).ToHaveValueAsync(code);
        await citizen.Field("track-secret").FillAsync(secret);
        await citizen.Test("track").ClickAsync();
        await Expect(citizen.Test("track-result").Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", status);
    }

    [GeneratedRegex(@"^H55\.31-\d{6}-\d{4}$")]
    private static partial Regex CodePattern();
}
