using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// Moving running dossiers to a new version, on a designer server of its own: the analyst sees the
/// dossiers on v1 and the step v2 no longer has, maps it, previews and prepares; the leader of the
/// unit holding them runs it on a phone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MigrationPageTests(WebFixture fixture, DesignerServer designer) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task An_analyst_maps_the_removed_step_and_prepares_and_the_leader_runs_the_migration_on_a_phone()
    {
        var server = designer.Server;
        using (var desk = await ApiCaller.SignInAsync(server.Address, DemoAccountNames.Desk))
        {
            foreach (var name in new[] { "Trần Thị Mai", "Lê Văn Nam" })
            {
                await desk.PostAsync("/api/desk/dossiers", new
                {
                    procedureId = "certified-copy",
                    receivingUnitId = "p-hoa-an",
                    applicant = new { name },
                    data = new { pages = 2, copies = 1 },
                    documents = new[] { new { documentId = "ban-chinh", originals = 1 } },
                    decision = "accept",
                });
            }
        }

        using (var api = await ApiCaller.SignInAsync(server.Address, DemoAccountNames.Analyst))
        {
            PrepareVersion2WithCheckRenamed(server.ProceduresCopy);
            await api.PostAsync("/api/designer/procedures/certified-copy/versions/2/publish", new { });
        }

        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;
        await analyst.OpenAsync("/designer/certified-copy/migrate", "migration: analyst");
        await Expect(Id(page, "migration-target")).ToHaveValueAsync("2");
        await Expect(Id(page, "migration-dossier")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=migration-dossier][data-status=NeedsMapping]")).ToHaveCountAsync(2);
        await Expect(Id(page, "mapping-row-check")).ToHaveAttributeAsync("data-missing", "true");
        await Expect(Id(page, "mapping-row-check").Locator("[data-testid=mapping-problem]")).ToContainTextAsync("Bước \"check\" không còn trong v2");
        await Id(page, "migration-reason").FillAsync("Áp dụng quy trình chứng thực mới");
        await Expect(Id(page, "migration-prepare")).ToBeDisabledAsync();
        await Expect(Id(page, "migration-run-start")).ToHaveCountAsync(0);

        await Id(page, "mapping-check").SelectOptionAsync("verify");
        await Expect(page.Locator("[data-testid=migration-dossier][data-status=Ready]")).ToHaveCountAsync(2);
        await Expect(Id(page, "dry-run-outcome").First).ToContainTextAsync("check → verify");
        await analyst.ScreenshotAsync("migration-01-analyst-preview");
        await Id(page, "migration-prepare").ClickAsync();
        await Expect(Id(page, "migration-run")).ToHaveAttributeAsync("data-status", "Prepared");
        await Expect(Id(page, "migration-run-start")).ToHaveCountAsync(0);

        var phone = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = server.Address,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        phone.SetDefaultTimeout(15_000);
        await using var leader = new Visitor(fixture, phone, await phone.NewPageAsync());
        await leader.SignInAsync(DemoAccountNames.Leader, DemoAccountNames.Password);
        var leaderPage = leader.Page;
        await leader.OpenAsync("/designer/certified-copy/migrate", "migration: leader on a phone");
        await Expect(Id(leaderPage, "mapping-check")).ToBeDisabledAsync();
        await Expect(Id(leaderPage, "migration-prepare")).ToHaveCountAsync(0);
        Assert.True(await leaderPage.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the page is wider than a 390 px phone");

        await Id(leaderPage, "migration-run-start").ClickAsync();
        await Expect(Id(leaderPage, "migration-run")).ToHaveAttributeAsync("data-status", "Finished");
        await Expect(Id(leaderPage, "migration-progress")).ToHaveAttributeAsync("data-moved", "2");
        await Expect(Id(leaderPage, "migration-message")).ToContainTextAsync("Đã chuyển 2 hồ sơ");
        await Expect(Id(leaderPage, "migration-dossier")).ToHaveCountAsync(0);
        await leader.ScreenshotAsync("migration-02-leader-ran");
    }

    /// <summary>What an analyst does in the editor, done on the file: v2 of certified copies with its first step renamed.</summary>
    private static void PrepareVersion2WithCheckRenamed(string procedures)
    {
        var v2 = DefinitionPublisher.CreateNextVersion(procedures, "certified-copy", null, null);
        var json = JObject.Parse(File.ReadAllText(v2));
        var steps = (JArray)json["process"]!["steps"]!;
        steps.Single(s => (string?)s["id"] == "check")["id"] = "verify";
        foreach (var outcome in steps.SelectMany(s => s["outcomes"] ?? new JArray()).Where(o => (string?)o["to"] == "check"))
        {
            outcome["to"] = "verify";
        }

        json["process"]!["start"] = "verify";
        File.WriteAllText(v2, json.ToString());
    }

    private static ILocator Id(IPage page, string testId) => page.Locator($"[data-testid='{testId}']");
}
