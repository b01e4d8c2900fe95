using System.Globalization;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// A citizen's feedback filed on the public page, answered and published by an officer of the unit
/// it went to before its deadline, followed by the citizen with its code and secret, and read by
/// anyone among the published answers (without the sender's name).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FeedbackTests(WebFixture fixture)
{
    private const string Sender = "Đoàn Văn Thịnh";
    private const string Subject = "Đề nghị niêm yết mẫu tờ khai khai sinh tại quầy";

    [Fact]
    public async Task A_feedback_is_answered_before_its_deadline_published_and_read_by_the_public()
    {
        // The citizen files a recommendation about the birth registration to the ward, and one about a dossier.
        string code, secret;
        await using (var citizen = await fixture.VisitorAsync())
        {
            await citizen.OpenAsync("/feedback", "citizen: send feedback");
            await citizen.Test("kind-recommendation").ClickAsync();
            await citizen.Test("about-procedure").ClickAsync();
            await citizen.SelectAsync("feedback-procedure", "Đăng ký khai sinh");
            await citizen.SelectAsync("feedback-unit", "Phường Hòa An", exact: true);
            await citizen.Field("feedback-subject").FillAsync(Subject);
            await citizen.Field("feedback-content").FillAsync("Tại quầy chưa có mẫu tờ khai in sẵn; đề nghị niêm yết mẫu và bản hướng dẫn điền.");
            await citizen.Field("feedback-name").FillAsync(Sender);
            await citizen.Field("feedback-phone").FillAsync("0914222333");
            await citizen.ScreenshotAsync("40-citizen-feedback-form");
            await citizen.Test("feedback-send").ClickAsync();
            await Expect(citizen.Test("feedback-receipt")).ToBeVisibleAsync();
            code = (await citizen.Test("feedback-code").InnerTextAsync()).Trim();
            secret = (await citizen.Test("feedback-secret").InnerTextAsync()).Trim();
            Assert.Matches(@"^PA-\d{6}-\d{4}$", code);
            await Expect(citizen.Test("feedback-receipt")).ToContainTextAsync("Phường Hòa An");
            await citizen.ScreenshotAsync("41-citizen-feedback-sent");

            // Feedback about a dossier goes to the unit that received it (the first demo dossier of the day).
            await citizen.OpenAsync("/feedback", "citizen: send feedback (dossier)", timed: false);
            await citizen.Field("feedback-dossier").FillAsync($"H55.31-{VietnamToday():yyMMdd}-0001");
            await citizen.Field("feedback-subject").FillAsync("Hồ sơ chưa được gọi lên quầy");
            await citizen.Field("feedback-content").FillAsync("Tôi chờ hơn một giờ mà chưa được gọi.");
            await citizen.Field("feedback-name").FillAsync("Nguyễn Văn An");
            await citizen.Field("feedback-email").FillAsync("an@example.vn");
            await citizen.Test("feedback-send").ClickAsync();
            await Expect(citizen.Test("feedback-receipt")).ToContainTextAsync("Phường Hòa An");
        }

        // The ward's leader finds it in the feedback inbox, within its deadline, and answers with "publish".
        await using (var leader = await fixture.SignedInAsync(DemoAccountNames.Leader))
        {
            await Expect(leader.Test("nav-feedback-inbox")).ToBeVisibleAsync();
            await leader.OpenAsync("/inbox/feedback", "leader: feedback inbox");
            var item = leader.Page.Locator($"[data-test=feedback-item][data-code='{code}']");
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item.Locator("[data-test=due]")).ToHaveAttributeAsync("data-due", "OnTime");
            await Expect(leader.Test("feedback-count-OnTime").Locator("[data-test=count]")).Not.ToHaveTextAsync("0");
            await item.Locator("textarea").First.FillAsync("Bộ phận một cửa đã niêm yết mẫu tờ khai và hướng dẫn điền tại quầy số 2 từ ngày hôm nay. Cảm ơn Ông đã kiến nghị.");
            await item.Locator("[data-test=feedback-publish]").ClickAsync();
            await leader.ScreenshotAsync("42-leader-feedback-inbox");
            await item.Locator("[data-test=feedback-answer-send]").ClickAsync();
            await Expect(item).ToHaveCountAsync(0);

            await leader.Page.GetByText("Hiện cả phản ánh đã trả lời").ClickAsync();
            var answered = leader.Page.Locator($"[data-test=feedback-item][data-code='{code}']");
            await Expect(answered.Locator("[data-test=feedback-answered]")).ToBeVisibleAsync();
            await Expect(answered.Locator("[data-test=punctuality]")).ToHaveAttributeAsync("data-punctuality", "Early");
        }

        // The citizen follows it with the code and secret: answered, before the deadline.
        await using (var citizen = await fixture.VisitorAsync())
        {
            await citizen.OpenAsync("/feedback/track", "citizen: follow feedback");
            await citizen.Field("feedback-track-code").FillAsync(code);
            await citizen.Field("feedback-track-secret").FillAsync("WRONG234");
            await citizen.Test("feedback-track").ClickAsync();
            await Expect(citizen.Test("feedback-not-found")).ToBeVisibleAsync();
            await citizen.Field("feedback-track-secret").FillAsync(secret);
            await citizen.Test("feedback-track").ClickAsync();
            var card = citizen.Test("feedback-card");
            await Expect(card.Locator("[data-test=feedback-answer]")).ToContainTextAsync("quầy số 2");
            await Expect(card.Locator("[data-test=punctuality]")).ToHaveTextAsync("Trước hạn");
            await citizen.ScreenshotAsync("43-citizen-feedback-answered");

            // Anyone reads the published answer, without the sender's name.
            await citizen.Test("tab-answers").ClickAsync();
            await citizen.Page.WaitForURLAsync(url => url.EndsWith("/feedback/answers", StringComparison.Ordinal));
            await citizen.OpenAsync("/feedback/answers", "public: published answers");
            var published = citizen.Test("published-answers").Locator("[data-test=feedback-card]", new() { HasText = Subject });
            await Expect(published).ToHaveCountAsync(1);
            await Expect(published.Locator("[data-test=feedback-answer]")).ToContainTextAsync("quầy số 2");
            await Expect(citizen.Test("published-answers")).Not.ToContainTextAsync(Sender);
            await citizen.ScreenshotAsync("44-public-feedback-answers");
        }
    }

    private static DateTime VietnamToday() => DateTime.UtcNow.AddHours(7).Date;
}
