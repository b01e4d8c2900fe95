using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// Dates typed or picked on the pages are the dates recorded (the postal handover at reception,
/// the apology's new appointment); the receipt carries the tracking secret; and the apology is
/// offered only when the dossier is late or about to be, in a letter worded for the case.
/// At the Tân Phú Mỹ commune, so the Hòa An journeys keep their counts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AppointmentsAndApologyTests(WebFixture fixture)
{
    private const string Desk = "motcua.tanphumy";
    private const string Leader = "lanhdao.tanphumy";
    private const string Unit = "x-tan-phu-my";
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

            // The receipt printed now carries the secret the home and tracking pages speak of, once: on the applicant's copy.
            var receipt = await desk.Page.RunAndWaitForPopupAsync(() => desk.Test("print-receipt").ClickAsync());
            await receipt.WaitForLoadStateAsync(LoadState.Load);
            var printed = await receipt.InnerTextAsync("body");
            Assert.Contains($"Mã tra cứu hồ sơ: {secret}", printed, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(printed, Regex.Escape(secret)));
            await receipt.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "61-receipt-with-secret.png"), FullPage = true });
            await receipt.CloseAsync();

            await desk.Test("open-dossier").ClickAsync();
            await desk.Page.WaitForURLAsync(new Regex("/dossiers/"));
            dossierPath = new Uri(desk.Page.Url).AbsolutePath;
        }

        using var leaderApi = await ApiCaller.SignInAsync(fixture.Server.Address, Leader);
        // The receipt the unit keeps is the one without the secret: the dossier keeps only its hash.
        var documents = await leaderApi.GetAsync($"/api{dossierPath}/documents");
        var receipts = documents.EnumerateArray().Where(d => d.GetProperty("purpose").GetString() == "receipt").ToList();
        Assert.NotEmpty(receipts);
        foreach (var stored in receipts)
        {
            var storedReceipt = await leaderApi.Client.GetStringAsync($"/api/documents/{stored.GetProperty("id").GetGuid()}");
            Assert.Contains("Lý Văn Phước", storedReceipt, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, storedReceipt, StringComparison.Ordinal);
        }

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
            await Expect(leader.Test("print-apology")).ToBeVisibleAsync();
            await Expect(leader.Test("history")).ToContainTextAsync("Xin lỗi, hẹn lại ngày trả");
            await leader.ScreenshotAsync("62-leader-apologised");
        }

        Assert.Equal(newAppointment, LocalInput(await leaderApi.GetAsync($"/api{dossierPath}"), "appointmentAt"));
        var letter = await LetterAsync(leaderApi, dossierPath);
        Assert.Contains("chưa giải quyết xong hồ sơ", letter, StringComparison.Ordinal);
        Assert.Contains("đã gây phiền hà", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("sẽ không giải quyết xong", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dossier_far_from_its_due_offers_no_apology_and_the_engine_refuses_one()
    {
        using var deskApi = await ApiCaller.SignInAsync(fixture.Server.Address, Desk);
        var received = await deskApi.PostAsync("/api/desk/dossiers", Business("Châu Thị Yến", channel: "desk", filedAt: null));
        var id = received.GetProperty("dossierId").GetGuid();

        await using (var leader = await fixture.SignedInAsync(Leader))
        {
            await leader.OpenAsync($"/dossiers/{id}", "leader: dossier on time");
            await Expect(leader.Test("tab-extend")).ToBeVisibleAsync();
            await Expect(leader.Test("tab-apologise")).ToHaveCountAsync(0);
        }

        using var leaderApi = await ApiCaller.SignInAsync(fixture.Server.Address, Leader);
        var appointment = DateTimeOffset.Parse(received.GetProperty("appointment").GetString()!, CultureInfo.InvariantCulture);
        var refused = await leaderApi.Client.PostAsJsonAsync($"/api/dossiers/{id}/apologise", new { newAppointment = appointment.AddDays(7), reason = "Thử xin lỗi sớm." });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("chưa trễ hạn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dossier_due_within_a_working_day_gets_an_apology_saying_it_will_be_late()
    {
        // A postal dossier is due three working days after its handover. Handed over today, it is due at
        // the close of the third working day after today, and the apology opens two working days before
        // that: after today, whatever the holidays. Handed over earlier, one is due soon enough to be offered one.
        using var deskApi = await ApiCaller.SignInAsync(fixture.Server.Address, Desk);
        using var leaderApi = await ApiCaller.SignInAsync(fixture.Server.Address, Leader);
        string? dossierPath = null;
        string[] applicants = ["Tô Văn Tâm", "Tô Văn Hậu", "Tô Thị Hoa", "Tô Minh Hải", "Tô Thị Hằng", "Tô Văn Hiếu", "Tô Thị Huệ", "Tô Văn Hưng", "Tô Thị Hạnh"];
        for (var daysAgo = 0; daysAgo < applicants.Length && dossierPath is null; daysAgo++)
        {
            var received = await deskApi.PostAsync("/api/desk/dossiers", Business(applicants[daysAgo], channel: "post", filedAt: DateTimeOffset.UtcNow.AddDays(-daysAgo).AddMinutes(-1)));
            var path = $"/dossiers/{received.GetProperty("dossierId").GetGuid()}";
            var detail = await leaderApi.GetAsync($"/api{path}");
            var due = DateTimeOffset.Parse(detail.GetProperty("dueAt").GetString()!, CultureInfo.InvariantCulture);
            var offered = detail.GetProperty("allowedActions").EnumerateArray().Any(a => a.GetProperty("action").GetString() == "apologise");
            if (daysAgo == 0)
            {
                Assert.False(offered, $"An apology is offered for a dossier handed over today, due {due:O}.");
            }

            if (offered && due > DateTimeOffset.UtcNow)
            {
                dossierPath = path;
            }
        }

        Assert.NotNull(dossierPath);
        await using (var leader = await fixture.SignedInAsync(Leader))
        {
            await leader.OpenAsync(dossierPath, "leader: dossier about to be late");
            await leader.Test("tab-apologise").ClickAsync();
            await leader.Field("apology-reason").FillAsync("Chờ ý kiến của cơ quan thuế.");
            await leader.Test("apologise").ClickAsync();
            await Expect(leader.Test("tab-apologise")).ToHaveCountAsync(0);
        }

        var letter = await LetterAsync(leaderApi, dossierPath);
        Assert.Contains("sẽ không giải quyết xong hồ sơ", letter, StringComparison.Ordinal);
        Assert.Contains("sẽ gây phiền hà", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("đã gây phiền hà", letter, StringComparison.Ordinal);
    }

    private static object Business(string applicant, string channel, DateTimeOffset? filedAt) => new
    {
        procedureId = "business-household-registration",
        receivingUnitId = Unit,
        channel,
        filedAt,
        waybill = channel == "post" ? "RR000111222VN" : null,
        applicant = new { name = applicant, phone = "0915000111", address = "Xã Tân Phú Mỹ" },
        data = new Dictionary<string, object> { ["businessName"] = $"Hộ kinh doanh {applicant}", ["members"] = 1 },
        documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
        decision = "accept",
    };

    /// <summary>The apology letter as the unit issues it.</summary>
    private static async Task<string> LetterAsync(ApiCaller leader, string dossierPath)
    {
        var issued = await leader.PostAsync($"/api{dossierPath}/documents", new { purpose = "apology" });
        return await leader.Client.GetStringAsync($"/api/documents/{issued.GetProperty("id").GetGuid()}");
    }

    /// <summary>The value a datetime-local field holds, as a person types it.</summary>
    /// <summary>A local time as a Vietnamese page takes it typed: dd/MM/yyyy HH:mm.</summary>
    private static string InputValue(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string LocalInput(JsonElement detail, string property) =>
        InputValue(DateTimeOffset.Parse(detail.GetProperty(property).GetString()!, CultureInfo.InvariantCulture).ToOffset(Vietnam).DateTime);
}
