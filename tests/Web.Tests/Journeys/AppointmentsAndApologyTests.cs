using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// Dates typed or picked on the pages are the dates recorded (the postal handover at reception,
/// the apology's new appointment), and the receipt carries the tracking secret. At the Tân Phú
/// Mỹ commune, so the Hòa An journeys keep their counts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AppointmentsAndApologyTests(WebFixture fixture)
{
    private const string Desk = "motcua.tanphumy";
    private const string Leader = "lanhdao.tanphumy";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task A_postal_dossier_keeps_the_typed_handover_time_its_receipt_shows_the_secret_and_its_late_apology_takes_the_typed_appointment()
    {
        var today = DateTimeOffset.UtcNow.ToOffset(Vietnam).Date;
        var handedOver = InputValue(today.AddDays(-30).AddHours(9).AddMinutes(15));
        string dossierPath, secret;
        await using (var desk = await fixture.SignedInAsync(Desk))
        {
            await desk.OpenAsync("/desk/receive", "desk: reception by post");
            await desk.Test("procedure-business-household-registration").ClickAsync();
            await desk.Field("applicant-name").FillAsync("Lý Văn Phước");
            await desk.Field("applicant-phone").FillAsync("0914555666");
            await desk.Field("applicant-address").FillAsync("Ấp 3, xã Tân Phú Mỹ");
            await desk.Field("data-businessName").FillAsync("Tạp hóa Phước");
            await desk.Field("data-members").FillAsync("1");
            await desk.Test("channel-post").ClickAsync();
            await desk.Field("waybill-in").FillAsync("RR987654321VN");
            await desk.Field("filed-at").FillAsync(handedOver);
            await desk.Test("accept").ClickAsync();
            await Expect(desk.Test("reception-result")).ToBeVisibleAsync();
            secret = (await desk.Test("tracking-secret").InnerTextAsync()).Trim();

            // The receipt printed now carries the secret the home and tracking pages speak of.
            var receipt = await desk.Page.RunAndWaitForPopupAsync(() => desk.Test("print-receipt").ClickAsync());
            await receipt.WaitForLoadStateAsync(LoadState.Load);
            var printed = await receipt.InnerTextAsync("body");
            Assert.Contains($"Mã tra cứu hồ sơ: {secret}", printed, StringComparison.Ordinal);
            await receipt.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "61-receipt-with-secret.png"), FullPage = true });
            await receipt.CloseAsync();

            await desk.Test("open-dossier").ClickAsync();
            await desk.Page.WaitForURLAsync(new Regex("/dossiers/"));
            dossierPath = new Uri(desk.Page.Url).AbsolutePath;
        }

        using var leaderApi = await ApiCaller.SignInAsync(fixture.Server.Address, Leader);
        var filed = await leaderApi.GetAsync($"/api{dossierPath}");
        Assert.Equal(handedOver, LocalInput(filed, "submittedAt"));
        Assert.True(DateTimeOffset.Parse(filed.GetProperty("dueAt").GetString()!, CultureInfo.InvariantCulture) < DateTimeOffset.UtcNow, "Filed a month ago, the dossier is late.");

        // The late dossier: the leader types another appointment than the one proposed, and it is the one recorded.
        var newAppointment = InputValue(today.AddDays(10).AddHours(14).AddMinutes(30));
        await using (var leader = await fixture.SignedInAsync(Leader))
        {
            await leader.OpenAsync(dossierPath, "leader: late dossier");
            await leader.Test("tab-apologise").ClickAsync();
            await leader.Field("new-appointment").FillAsync(newAppointment);
            await leader.Field("apology-reason").FillAsync("Chờ xác minh địa điểm kinh doanh.");
            await leader.Test("apologise").ClickAsync();
            await Expect(leader.Test("tab-apologise")).ToHaveCountAsync(0);
            await leader.ScreenshotAsync("62-leader-apologised");
        }

        Assert.Equal(newAppointment, LocalInput(await leaderApi.GetAsync($"/api{dossierPath}"), "appointmentAt"));
    }

    /// <summary>The value a datetime-local field holds, as a person types it.</summary>
    private static string InputValue(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string LocalInput(JsonElement detail, string property) =>
        InputValue(DateTimeOffset.Parse(detail.GetProperty(property).GetString()!, CultureInfo.InvariantCulture).ToOffset(Vietnam).DateTime);
}
