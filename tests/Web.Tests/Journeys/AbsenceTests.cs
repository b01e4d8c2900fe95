using System.Text.RegularExpressions;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>A leader, on the inbox page, returns an absent officer's tasks to the unit's inbox after confirming.</summary>
[Collection(WebCollection.Name)]
public sealed class AbsenceTests(WebFixture fixture)
{
    [Fact]
    public async Task The_leader_returns_an_absent_officers_tasks_to_the_inbox_after_a_confirmation()
    {
        await using var leader = await fixture.SignedInAsync(DemoAccountNames.Leader);
        await leader.OpenAsync("/inbox", "leader: inbox with the absence action");
        await leader.Test("absence-panel").ClickAsync();
        // The land officer holds no task in the other journeys, so this changes nothing they rely on.
        await leader.SelectAsync("absence-officer", "Lê Minh Tuấn");
        await leader.Test("absence-reassign").ClickAsync();
        await Expect(leader.Page.GetByText("sẽ trả về hộp việc của đơn vị")).ToBeVisibleAsync();
        await leader.Test("absence-confirm").ClickAsync();
        await Expect(leader.Page.Locator(".mud-snackbar")).ToContainTextAsync(new Regex(@"Đã giao lại \d+ việc cho đồng nghiệp, trả \d+ việc về hộp việc của đơn vị"));
        await Expect(leader.Test("absence-confirm")).ToHaveCountAsync(0);
    }
}
