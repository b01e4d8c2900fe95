using System.Text.RegularExpressions;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// A head, on the inbox page, returns an absent officer's tasks to the unit's inbox after confirming.
/// At the Tân Phú Mỹ economic office, so the Hòa An journeys keep their counts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AbsenceTests(WebFixture fixture)
{
    [Fact]
    public async Task The_head_returns_an_absent_officers_task_to_the_units_inbox_after_a_confirmation()
    {
        // A dossier reaches the economic office's review and the specialist takes it, then falls ill.
        Guid dossierId;
        using (var citizen = await ApiCaller.SignInAsync(fixture.Server.Address, null))
        {
            var filed = await citizen.PostAsync("/api/public/dossiers", new
            {
                procedureId = "business-household-registration",
                receivingUnitId = "x-tan-phu-my",
                applicant = new { name = "Phan Văn Khải", phone = "0916444555", address = "Ấp 3, xã Tân Phú Mỹ" },
                data = new Dictionary<string, object> { ["businessName"] = "Tiệm sửa xe Khải", ["members"] = 1 },
                documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
            });
            using var desk = await ApiCaller.SignInAsync(fixture.Server.Address, "motcua.tanphumy");
            var code = filed.GetProperty("code").GetString()!;
            dossierId = (await desk.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(code)}")).GetProperty("items")[0].GetProperty("id").GetGuid();
            await desk.PostAsync($"/api/desk/dossiers/{dossierId}/accept", new { });
            await desk.PostAsync($"/api/tasks/{await OpenTaskAsync(desk, dossierId, "receive")}/complete", new { outcomeId = "transfer" });
        }

        using var specialist = await ApiCaller.SignInAsync(fixture.Server.Address, "chuyenvien.kt.tanphumy");
        var review = await OpenTaskAsync(specialist, dossierId, "review");
        await specialist.PostAsync($"/api/tasks/{review}/claim", new { });
        Assert.Equal("Trịnh Thị Ngọc", await AssigneeAsync(specialist, dossierId));

        await using var head = await fixture.SignedInAsync("truongphong.kt.tanphumy");
        await head.OpenAsync("/inbox", "head: inbox with the absence action");
        await head.Test("absence-panel").ClickAsync();
        await head.SelectAsync("absence-officer", "Trịnh Thị Ngọc");
        await head.Test("absence-reassign").ClickAsync();
        await Expect(head.Page.GetByText("sẽ trả về hộp việc của đơn vị")).ToBeVisibleAsync();
        await head.Test("absence-confirm").ClickAsync();
        await Expect(head.Page.Locator(".mud-snackbar")).ToContainTextAsync(new Regex(@"Đã giao lại 0 việc cho đồng nghiệp, trả [1-9]\d* việc về hộp việc của đơn vị"));
        await Expect(head.Test("absence-confirm")).ToHaveCountAsync(0);
        Assert.Null(await AssigneeAsync(specialist, dossierId));
    }

    private static async Task<Guid> OpenTaskAsync(ApiCaller officer, Guid dossierId, string stepId) =>
        (await officer.GetAsync($"/api/dossiers/{dossierId}")).GetProperty("openItems").EnumerateArray()
            .Single(i => i.GetProperty("stepId").GetString() == stepId).GetProperty("id").GetGuid();

    private static async Task<string?> AssigneeAsync(ApiCaller officer, Guid dossierId) =>
        (await officer.GetAsync($"/api/dossiers/{dossierId}")).GetProperty("openItems").EnumerateArray()
            .Single(i => i.GetProperty("stepId").GetString() == "review").GetProperty("assigneeName").GetString();
}
