using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The analyst's procedure designer, on a server of its own (<see cref="DesignerServer"/>): a
/// published procedure read as a flow diagram, compared with its earlier version and simulated on
/// the calendar; a new version drafted, checked live by the loader, saved, published and frozen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DesignerTests(WebFixture fixture, DesignerServer designer) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_published_procedure_reads_as_a_flow_compares_with_its_earlier_version_and_simulates_on_the_calendar()
    {
        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;

        await analyst.OpenAsync("/designer", "designer: procedures");
        await Expect(Id(page, "version-building-permit-house-v2")).ToHaveAttributeAsync("data-status", "published");
        await Expect(Id(page, "procedure-business-household-registration")).ToContainTextAsync("Đăng ký thành lập hộ kinh doanh");
        await analyst.ScreenshotAsync("designer-01-procedures");

        await Id(page, "open-building-permit-house-v2").ClickAsync();
        await Expect(Id(page, "flow-diagram")).ToHaveAttributeAsync("data-ready", "true");
        await DesignerServer.OpenEditorAsync(fixture, analyst, "/designer/building-permit-house/v2", "designer: published version");
        await Expect(Id(page, "version-status")).ToHaveAttributeAsync("data-status", "published");
        await Expect(Id(page, "statutory-time-text")).ToHaveTextAsync("15 ngày làm việc");
        await Expect(Id(page, "longest-path-days")).ToHaveTextAsync("15");
        await Expect(page.Locator("[data-testid^=step-node-]")).ToHaveCountAsync(13);
        await Expect(Id(page, "add-step")).ToHaveCountAsync(0);

        // The three consultations stand one under the other in one column, after the fork; the join after them.
        var fork = await BoxAsync(page, "step-node-consult-agencies");
        var branches = new List<LocatorBoundingBoxResult>();
        foreach (var branch in new[] { "consult-construction", "consult-land", "consult-land-officer" })
        {
            branches.Add(await BoxAsync(page, $"step-node-{branch}"));
        }

        var join = await BoxAsync(page, "step-node-opinions-received");
        Assert.All(branches, b => Assert.Equal(branches[0].X, b.X, 1));
        Assert.True(branches[0].X > fork.X + fork.Width && join.X > branches[0].X + branches[0].Width);
        Assert.True(branches[0].Y + branches[0].Height <= branches[1].Y && branches[1].Y + branches[1].Height <= branches[2].Y);
        await Expect(page.Locator("[data-testid=flow-link][data-kind=joinassociation][data-from=consult-agencies][data-to=opinions-received]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=flow-link][data-kind=back][data-from=head-review][data-to=review]")).ToHaveCountAsync(1);
        await Expect(Id(page, "step-node-review")).ToContainTextAsync("Chuyên viên");
        await Expect(Id(page, "step-node-review")).ToContainTextAsync("6 ngày làm việc");
        await analyst.ScreenshotAsync("designer-02-published-version");

        // A published step can be read but not changed.
        await SelectAsync(page, Id(page, "step-node-review").Locator(".wf-node-name"), "review");
        await Expect(Id(page, "step-name")).ToBeDisabledAsync();

        await Id(page, "compare").ClickAsync();
        await Expect(page.Locator("[data-testid=changed-step][data-step-id=needs-opinions]")).ToHaveAttributeAsync("data-kind", "added");
        await Expect(page.Locator("[data-testid=changed-field][data-path=effectiveFrom]")).ToContainTextAsync("2025-07-01");
        await Expect(page.Locator("[data-testid=changed-transition][data-kind=removed]").First).ToBeVisibleAsync();
        await analyst.OpenAsync("/designer/building-permit-house/compare?left=1&right=2", "designer: comparison");
        await analyst.ScreenshotAsync("designer-03-comparison");

        // Received on the Friday before Tết 2026: the holidays push every due date.
        await analyst.OpenAsync("/designer/building-permit-house/v2", "designer: published version (again)", timed: false);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Mô phỏng" }).ClickAsync();
        await Id(page, "simulation-date").FillAsync("13/02/2026");
        await Id(page, "simulation-date").PressAsync("Tab");
        await Id(page, "simulation-time").FillAsync("10:00");
        await Id(page, "simulation-time").PressAsync("Tab");
        await Id(page, "simulate").ClickAsync();
        await Expect(Id(page, "simulation-summary")).ToContainTextAsync("Hạn trả kết quả");
        await Expect(Id(page, "simulation-step")).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid=calendar-day][data-date='2026-02-17']")).ToHaveAttributeAsync("data-working", "false");
        await Expect(page.Locator("[data-testid=calendar-day][data-date='2026-02-13']")).ToHaveAttributeAsync("data-working", "true");
        await analyst.ScreenshotAsync("designer-04-simulation");
    }

    [Fact]
    public async Task An_analyst_drafts_a_new_version_fixes_what_the_loader_reports_saves_publishes_and_can_no_longer_change_it()
    {
        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;
        await StartNewVersionAsync(analyst, "signature-certification", 2);
        await Expect(Id(page, "check-summary")).ToHaveAttributeAsync("data-errors", "0");

        // A new task stands alone: the loader says nothing reaches it and it has no outcomes.
        await Id(page, "add-step-task").ClickAsync();
        var step = Id(page, "step-node-cong-viec");
        await Expect(step).ToBeVisibleAsync();
        await Expect(Problem(page, "WF021")).ToHaveCountAsync(1);
        await Expect(Problem(page, "WF025")).ToHaveCountAsync(1);
        await Expect(Id(page, "step-errors-cong-viec")).ToHaveTextAsync("2");
        await Id(page, "step-name").FillAsync("Đối chiếu sổ chứng thực");
        await Id(page, "step-name").PressAsync("Tab");
        await Expect(step).ToContainTextAsync("Đối chiếu sổ chứng thực");
        await analyst.ScreenshotAsync("designer-05-draft-with-problems");

        // Clicking a problem selects the step it is about.
        await SelectAsync(page, Id(page, "step-node-witness").Locator(".wf-node-name"), "witness");
        await SelectAsync(page, Problem(page, "WF021"), "cong-viec");

        // Drawn on the diagram: from the new step's "+" port to the signing step (a new outcome).
        await Id(page, "fit").ClickAsync();
        await DragAsync(page, Id(page, "port-cong-viec-newoutcome--1").Locator(".wf-port"), Id(page, "step-node-sign").Locator(".wf-node-name"));
        await Expect(page.Locator("[data-testid=flow-link][data-from=cong-viec][data-to=sign]")).ToHaveCountAsync(1);
        await Expect(Problem(page, "WF025")).ToHaveCountAsync(0);

        // Connected without drawing: the witness's approval now leads to the new step, which is reached.
        await SelectAsync(page, Id(page, "step-node-witness").Locator(".wf-node-name"), "witness");
        await Id(page, "connect-from").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await Id(page, "connect-to").SelectOptionAsync("cong-viec");
        await Id(page, "connect").ClickAsync();
        await Expect(page.Locator("[data-testid=flow-link][data-from=witness][data-to=cong-viec]")).ToHaveCountAsync(1);
        await Expect(Problem(page, "WF021")).ToHaveCountAsync(0);

        // Now the steps take longer than the same-day statutory time: shorten them.
        await Expect(Problem(page, "WF040")).ToHaveCountAsync(1);
        await Expect(Id(page, "publish")).ToBeDisabledAsync();
        await Id(page, "step-duration-value").FillAsync("2");
        await Id(page, "step-duration-value").PressAsync("Tab");
        await SelectAsync(page, Id(page, "step-node-cong-viec").Locator(".wf-node-name"), "cong-viec");
        await Id(page, "step-duration-unit").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "giờ làm việc" }).ClickAsync();
        await Expect(Id(page, "check-summary")).ToHaveAttributeAsync("data-errors", "0");
        await Expect(Id(page, "step-node-cong-viec")).ToContainTextAsync("1 giờ làm việc");
        await analyst.ScreenshotAsync("designer-06-draft-valid");

        // The new version takes effect later than the one in force.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Thông tin thủ tục" }).ClickAsync();
        await Id(page, "effective-from").FillAsync("2027-01-01");
        await Id(page, "effective-from").PressAsync("Tab");
        await Expect(Id(page, "check-summary")).ToHaveAttributeAsync("data-errors", "0");

        await Id(page, "save-draft").ClickAsync();
        await Expect(Id(page, "editor-message")).ToContainTextAsync("Đã lưu signature-certification/v2.json");
        await Expect(Id(page, "unsaved")).ToHaveCountAsync(0);

        await Id(page, "publish").ClickAsync();
        await Id(page, "publish-confirm").ClickAsync();
        await Expect(Id(page, "version-status")).ToHaveAttributeAsync("data-status", "published");
        await Expect(Id(page, "editor-message")).ToContainTextAsync("Đã ban hành signature-certification v2");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Quy trình" }).ClickAsync();
        await Expect(Id(page, "flow-diagram")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(Id(page, "add-step")).ToHaveCountAsync(0);
        await Id(page, "step-node-cong-viec").Locator(".wf-node-name").ClickAsync();
        await Expect(Id(page, "step-name")).ToBeDisabledAsync();
        await Expect(Id(page, "new-version")).ToBeVisibleAsync();
        await analyst.ScreenshotAsync("designer-07-published");

        await analyst.OpenAsync("/designer", "designer: procedures (after publishing)");
        await Expect(Id(page, "version-signature-certification-v2")).ToHaveAttributeAsync("data-status", "published");
        await DesignerServer.OpenEditorAsync(fixture, analyst, "/designer/signature-certification/v2", "designer: new version, published");
        await Expect(Id(page, "step-node-cong-viec")).ToBeVisibleAsync();

        await Id(page, "compare").ClickAsync();
        await Expect(page.Locator("[data-testid=changed-step][data-step-id=cong-viec]")).ToHaveAttributeAsync("data-kind", "added");
        await Expect(page.Locator("[data-testid=changed-step][data-step-id=witness]")).ToContainTextAsync("duration.value");
        await analyst.ScreenshotAsync("designer-08-comparison-new-version");

        // A dossier received at 14:00 on a working day is due the same day.
        await analyst.OpenAsync("/designer/signature-certification/v2", "designer: new version (again)", timed: false);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Mô phỏng" }).ClickAsync();
        await Id(page, "simulation-date").FillAsync("03/03/2027");
        await Id(page, "simulation-date").PressAsync("Tab");
        await Id(page, "simulation-time").FillAsync("14:00");
        await Id(page, "simulation-time").PressAsync("Tab");
        await Id(page, "simulate").ClickAsync();
        await Expect(Id(page, "simulation-summary")).ToContainTextAsync("03/03/2027 17:00");
        await Expect(Id(page, "simulation-step")).ToHaveCountAsync(4);
        await analyst.ScreenshotAsync("designer-09-simulation-new-version");
    }

    /// <summary>
    /// The defect from the office: with its signing made one whole working day instead of half,
    /// business household registration still adds up to its 3 days and was shown "within time", yet a
    /// dossier received at 16:00 before a holiday is planned late. The summary now says so, naming
    /// that receipt; simulating it agrees. Put back, the version is published from a chosen date,
    /// the page saying which version applies until then.
    /// </summary>
    [Fact]
    public async Task A_version_late_for_a_receipt_at_16_00_before_a_holiday_is_not_called_within_time_and_publishes_from_a_chosen_date()
    {
        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;
        await StartNewVersionAsync(analyst, "business-household-registration", 3);
        await Expect(Id(page, "longest-path")).ToHaveAttributeAsync("data-fits", "true");
        await Expect(Id(page, "worst-case")).ToContainTextAsync("Kịp hạn với mọi giờ tiếp nhận");

        await SelectAsync(page, Id(page, "step-node-approve").Locator(".wf-node-name"), "approve");
        await Id(page, "step-duration-value").FillAsync("1");
        await Id(page, "step-duration-value").PressAsync("Tab");
        await Expect(Id(page, "step-node-approve")).ToContainTextAsync("1 ngày làm việc");
        await Expect(Id(page, "longest-path-days")).ToHaveTextAsync("3");
        await Expect(Id(page, "longest-path")).ToHaveAttributeAsync("data-fits", "false");
        await Expect(Id(page, "within-time")).ToHaveTextAsync("vượt thời hạn");
        await Expect(Id(page, "worst-case")).ToHaveAttributeAsync("data-fits", "false");
        await Expect(Id(page, "worst-case")).ToContainTextAsync(new Regex(@"Trường hợp xấu nhất: hồ sơ nhận lúc \d\d/\d\d/\d{4} 16:00 \(thứ \S+, trước kỳ nghỉ [^)]+\) có hạn \d\d/\d\d/\d{4} 17:00, nhưng bước cuối dự kiến xong lúc \d\d/\d\d/\d{4} 11:00, trễ 4 giờ làm việc\."));
        await Expect(Problem(page, "WF040")).ToHaveCountAsync(1);
        await Expect(Id(page, "publish")).ToBeDisabledAsync();
        await analyst.ScreenshotAsync("designer-10-late-before-a-holiday");

        // The simulation of that receipt finds the same.
        var worst = Regex.Match(await Id(page, "worst-case").InnerTextAsync(), @"(\d\d/\d\d/\d{4}) 16:00").Groups[1].Value;
        await Id(page, "simulate-worst-case").ClickAsync();
        await Expect(Id(page, "simulation-summary")).ToContainTextAsync("vượt hạn");
        await Expect(Id(page, "simulation-date")).ToHaveValueAsync(worst);
        await Expect(Id(page, "simulation-time")).ToHaveValueAsync("16:00");
        await analyst.ScreenshotAsync("designer-11-worst-case-simulated");

        // Put back to half a day, the same receipt is planned again, in time.
        await Id(page, "undo").ClickAsync();
        await Expect(Id(page, "simulation-summary")).ToContainTextAsync("kịp hạn");
        await Expect(Id(page, "worst-case")).ToHaveAttributeAsync("data-fits", "true");
        await Expect(Id(page, "check-summary")).ToHaveAttributeAsync("data-errors", "0");

        // Publishing asks from when: not yesterday; from a later date, v2 applies until the day before.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var from = today.AddDays(40);
        await Id(page, "publish").ClickAsync();
        await Expect(Id(page, "publish-effective-from")).ToHaveValueAsync(new Regex(@"^\d\d/\d\d/\d{4}$"));
        await Id(page, "publish-effective-from").FillAsync(today.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Id(page, "publish-effective-from").PressAsync("Tab");
        await Expect(Id(page, "publish-date-error")).ToContainTextAsync("đã qua");
        await Expect(Id(page, "publish-confirm")).ToBeDisabledAsync();
        await Id(page, "publish-effective-from").FillAsync(from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Id(page, "publish-effective-from").PressAsync("Tab");
        var schedule = string.Create(CultureInfo.InvariantCulture, $"v2 (hiệu lực từ 01/07/2025) vẫn áp dụng cho hồ sơ nhận đến hết ngày {from.AddDays(-1):dd/MM/yyyy}; v3 áp dụng cho hồ sơ nhận từ ngày {from:dd/MM/yyyy}.");
        await Expect(Id(page, "publish-schedule")).ToHaveTextAsync(schedule);
        await analyst.ScreenshotAsync("designer-12-publish-from-a-date");

        await Id(page, "publish-confirm").ClickAsync();
        await Expect(Id(page, "version-status")).ToHaveAttributeAsync("data-status", "published");
        await Expect(Id(page, "editor-message")).ToContainTextAsync(schedule);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Thông tin thủ tục" }).ClickAsync();
        await Expect(Id(page, "effective-from")).ToHaveValueAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Clicks what selects a step (its node, a problem about it) until the side panel shows that step,
    /// at most three times: the diagram and the problem list are redrawn after each change, and a click
    /// that lands while they are redrawn is lost (about one run in three on a busy two-core machine) —
    /// a person would click again.
    /// </summary>
    private static async Task SelectAsync(IPage page, ILocator target, string stepId)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await Expect(Id(page, "step-panel")).ToHaveAttributeAsync("data-step-id", stepId, new() { Timeout = attempt < 3 ? 2_000 : 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    [Fact]
    public async Task An_analyst_adds_a_phase_and_sees_its_budget_checked_against_the_statutory_time_as_it_is_typed()
    {
        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;
        await StartNewVersionAsync(analyst, "land-first-certificate", 3);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Giai đoạn" }).ClickAsync();
        await Expect(Id(page, "phases-total")).ToHaveTextAsync("Thời gian của cơ quan: 10 ngày làm việc / thời hạn giải quyết 10 ngày làm việc.");
        await Expect(Id(page, "phase-0-figures")).ToContainTextAsync("dự kiến");
        await Expect(Id(page, "phase-1-figures")).ToContainTextAsync("Thời gian của công dân");

        // A new phase of one working day has no steps yet, and the agencies' phases now overrun the statutory time.
        await Id(page, "add-phase").ClickAsync();
        await Expect(page.Locator("[data-testid=phase-3-problem][data-code=WF083]")).ToContainTextAsync("chưa có bước nào");
        var overrun = page.Locator("[data-testid=phases-problem][data-code=WF082]");
        await Expect(overrun).ToContainTextAsync("cộng lại là 11 ngày làm việc");
        await Expect(overrun).ToContainTextAsync("vượt thời hạn giải quyết 10 ngày làm việc 1 ngày làm việc");
        await Expect(Id(page, "phases-total")).ToHaveTextAsync("Thời gian của cơ quan: 11 ngày làm việc / thời hạn giải quyết 10 ngày làm việc.");
        await Expect(Problem(page, "WF082")).ToHaveCountAsync(1);
        await analyst.ScreenshotAsync("designer-13-phase-over-statutory-time");

        // Half a day is still too much; nothing is not.
        await Id(page, "phase-3-budget-value").FillAsync("0.5");
        await Id(page, "phase-3-budget-value").PressAsync("Tab");
        await Expect(overrun).ToContainTextAsync("cộng lại là 10,5 ngày làm việc");
        await Id(page, "phase-3-budget-value").FillAsync("0");
        await Id(page, "phase-3-budget-value").PressAsync("Tab");
        await Expect(overrun).ToHaveCountAsync(0);
        await Expect(Problem(page, "WF082")).ToHaveCountAsync(0);

        await Id(page, "phase-3-remove").ClickAsync();
        await Expect(Id(page, "phase-3")).ToHaveCountAsync(0);
        await Expect(Id(page, "check-summary")).ToHaveAttributeAsync("data-errors", "0");
    }

    /// <summary>From the list of procedures, "new version": the editor opens on the draft, its diagram drawn.</summary>
    [Fact]
    public async Task An_analyst_downloads_a_version_as_BPMN_and_imports_it_back_as_the_next_draft_with_nothing_unmapped()
    {
        await using var analyst = await designer.AnalystAsync(fixture);
        var page = analyst.Page;
        await analyst.OpenAsync("/designer", "designer: procedures (formats)", timed: false);

        var download = await page.RunAndWaitForDownloadAsync(() => Id(page, "bpmn-death-registration-v1").ClickAsync());
        Assert.Equal("death-registration-v1.bpmn", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(file);

        // Not XML: refused with a sentence, nothing created.
        await Id(page, "bpmn-import-file").SetInputFilesAsync(new FilePayload { Name = "ghi-chu.bpmn", MimeType = "application/xml", Buffer = "không phải XML"u8.ToArray() });
        await Expect(Id(page, "bpmn-import-refused")).ToContainTextAsync("không phải XML hợp lệ");

        await Id(page, "bpmn-import-file").SetInputFilesAsync(file);
        await Expect(Id(page, "bpmn-import-report")).ToContainTextAsync("Đã tạo bản nháp death-registration v2");
        await Expect(Id(page, "bpmn-import-report")).ToContainTextAsync("Mọi phần tử đều chuyển được.");
        await Expect(Id(page, "version-death-registration-v2")).ToHaveAttributeAsync("data-status", "draft");
        await analyst.ScreenshotAsync("designer-20-bpmn-import");
        File.Delete(file);

        await Id(page, "bpmn-import-open").ClickAsync();
        await page.WaitForURLAsync("**/designer/death-registration/v2");
        await Expect(Id(page, "flow-diagram")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("[data-testid^=step-node-]")).ToHaveCountAsync(6);
    }

    private static async Task StartNewVersionAsync(Visitor analyst, string procedureId, int version)
    {
        var page = analyst.Page;
        await analyst.OpenAsync("/designer", "designer: procedures", timed: false);
        await Id(page, $"new-version-{procedureId}").ClickAsync();
        await page.WaitForURLAsync($"**/designer/{procedureId}/v{version}");
        await Expect(Id(page, "version-status")).ToHaveAttributeAsync("data-status", "draft");
        await Expect(Id(page, "flow-diagram")).ToHaveAttributeAsync("data-ready", "true");
    }

    private static ILocator Id(IPage page, string testId) => page.GetByTestId(testId);

    private static ILocator Problem(IPage page, string code) => page.Locator($"[data-testid=problem-item][data-code={code}]");

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string testId) =>
        await Id(page, testId).BoundingBoxAsync() ?? throw new InvalidOperationException($"{testId} is not on the page");

    /// <summary>Draws a link as a person does: press on the port, move, release over the step.</summary>
    private static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var start = await from.BoundingBoxAsync() ?? throw new InvalidOperationException("The port is not on the page");
        var end = await to.BoundingBoxAsync() ?? throw new InvalidOperationException("The step is not on the page");
        var (x, y) = (start.X + (start.Width / 2), start.Y + (start.Height / 2));
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 40, y + 10, new() { Steps = 4 });
        await page.Mouse.MoveAsync(end.X + (end.Width / 2), end.Y + (end.Height / 2), new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }
}
