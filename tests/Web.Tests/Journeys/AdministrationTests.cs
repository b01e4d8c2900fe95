using System.Globalization;
using System.Text.Json;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>The administrator's pages: the organisation on a date, accounts and memberships, and the working calendar.</summary>
[Collection(WebCollection.Name)]
public sealed class AdministrationTests(WebFixture fixture)
{
    [Fact]
    public async Task The_administrator_sees_the_organisation_as_it_was_on_a_date_and_manages_accounts()
    {
        await using var admin = await fixture.SignedInAsync(DemoAccountNames.Administrator);
        await admin.OpenAsync("/admin/units", "admin: units");
        await Expect(admin.Test("unit-tree")).ToContainTextAsync("Phường Hòa An");
        await Expect(admin.Test("unit-tree")).ToContainTextAsync("H55.31");
        await Expect(admin.Test("unit-tree")).Not.ToContainTextAsync("Thị xã Hòa An");
        await admin.ScreenshotAsync("19-admin-units");
        await admin.Field("units-date").FillAsync("30/06/2025");
        await admin.Field("units-date").PressAsync("Tab");
        await Expect(admin.Test("unit-tree")).ToContainTextAsync("Thị xã Hòa An");

        await admin.OpenAsync("/admin/users", "admin: users");
        await Expect(admin.Test("users-table")).ToContainTextAsync("motcua.hoaan");
        await Expect(admin.Test("users-table")).ToContainTextAsync("Nguyễn Thị Lan");
        await admin.Field("new-user-name").FillAsync("motcua2.hoaan");
        await admin.Field("new-display-name").FillAsync("Lê Thị Thu Hà");
        await admin.Field("new-password").FillAsync("Moi@2026x");
        await admin.Test("new-role-desk-officer").ClickAsync();
        await admin.Test("create-user").ClickAsync();
        await Expect(admin.Test("users-table")).ToContainTextAsync("Lê Thị Thu Hà");
        await admin.Test("disable-motcua2.hoaan").ClickAsync();
        await Expect(admin.Test("enable-motcua2.hoaan")).ToBeVisibleAsync();
        await admin.ScreenshotAsync("20-admin-users");
    }

    [Fact]
    public async Task The_administrator_adds_a_day_off_sees_how_many_due_dates_it_moves_and_saves_it_with_a_change_log()
    {
        var day = NextWorkingWeekday();
        // An English-language browser: the page stays Vietnamese and its day fields still take dd/MM/yyyy.
        await using var admin = await fixture.VisitorAsync("en-US", 1440, 900);
        await admin.SignInAsync(DemoAccountNames.Administrator, DemoAccountNames.Password);
        await admin.OpenAsync("/admin/calendar", "admin: calendar");
        // In the last days of a year the next working day is in the next year's file: open that year, as a person would.
        await admin.SelectAsync("calendar-year", day.Year.ToString(CultureInfo.InvariantCulture));
        await Expect(admin.Page.GetByText($"Năm {day.Year}").First).ToBeVisibleAsync();

        // A make-up day must fall on a weekend: the calendar loader refuses a weekday.
        var makeUpRows = admin.Test("working-days").Locator("tbody tr");
        var makeUpCount = await makeUpRows.CountAsync();
        await admin.Test("working-days-add").ClickAsync();
        await Expect(makeUpRows).ToHaveCountAsync(makeUpCount + 1);
        var makeUp = makeUpRows.Last.Locator("input");
        await makeUp.Nth(0).FillAsync(Typed(day));
        await makeUp.Nth(0).PressAsync("Tab");
        await makeUp.Nth(1).FillAsync("Làm bù thử");
        await makeUp.Nth(1).PressAsync("Tab");
        await admin.Test("calendar-check").ClickAsync();
        await Expect(admin.Test("calendar-error").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(admin.Test("calendar-save")).ToBeDisabledAsync();
        await makeUpRows.Last.Locator("[data-test='working-days-remove']").ClickAsync();
        await Expect(makeUpRows).ToHaveCountAsync(makeUpCount);

        // A day off on the next working day moves the due dates of the dossiers received today.
        var dayOffRows = admin.Test("days-off").Locator("tbody tr");
        var dayOffCount = await dayOffRows.CountAsync();
        await admin.Test("days-off-add").ClickAsync();
        await Expect(dayOffRows).ToHaveCountAsync(dayOffCount + 1);
        var dayOff = dayOffRows.Last.Locator("input");
        await dayOff.Nth(0).FillAsync(Typed(day));
        await dayOff.Nth(0).PressAsync("Tab");
        await dayOff.Nth(1).FillAsync("Nghỉ đột xuất (thử)");
        await dayOff.Nth(1).PressAsync("Tab");
        await admin.Test("calendar-check").ClickAsync();
        var impact = admin.Test("calendar-impact");
        await Expect(impact).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var moved = int.Parse(await impact.GetAttributeAsync("data-moved") ?? "0", CultureInfo.InvariantCulture);
        Assert.True(moved > 0, "the demo dossiers received today are due after the new day off");
        await Expect(admin.Test("calendar-save")).ToBeDisabledAsync();
        await admin.Test("calendar-confirm").ClickAsync();
        await admin.ScreenshotAsync("21-admin-calendar");
        await admin.Test("calendar-save").ClickAsync();
        // The change log says what changed as a sentence, dates as the reader writes them.
        await Expect(admin.Test("calendar-change").First).ToContainTextAsync($"thêm ngày nghỉ {Typed(day)} (Nghỉ đột xuất (thử))");
        await Expect(admin.Test("calendar-change").First).ToContainTextAsync($"{moved} hồ sơ đang giải quyết được tính lại hạn");
        await Expect(admin.Test("calendar-change").First).Not.ToContainTextAsync("{");

        var yearFile = Path.Combine(fixture.Server.ProceduresCopy, "calendars", $"{day.Year}.json");
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(yearFile)))
        {
            Assert.Contains(json.RootElement.GetProperty("daysOff").EnumerateArray(), d => d.GetProperty("date").GetString() == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var log = await File.ReadAllTextAsync(Path.Combine(fixture.Server.ProceduresCopy, "calendars", "changes.log"));
        Assert.Contains("Hoàng Văn An", log);
        Assert.Contains($"\"movedDueDates\":{moved}", log);

        // Put the calendar back as it was, so the other tests count on the real one.
        var rows = admin.Test("days-off").Locator("tbody tr");
        for (var i = await rows.CountAsync() - 1; i >= 0; i--)
        {
            if (await rows.Nth(i).Locator("input").First.InputValueAsync() == Typed(day))
            {
                await rows.Nth(i).Locator("[data-test='days-off-remove']").ClickAsync();
                break;
            }
        }

        await admin.Test("calendar-check").ClickAsync();
        await Expect(admin.Test("calendar-impact")).ToBeVisibleAsync();
        if (await admin.Test("calendar-confirm").CountAsync() > 0)
        {
            await admin.Test("calendar-confirm").ClickAsync();
        }

        await admin.Test("calendar-save").ClickAsync();
        await Expect(admin.Test("calendar-change")).ToHaveCountAsync(2);
    }

    /// <summary>A day as a Vietnamese reader types it.</summary>
    private static string Typed(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The first weekday after today (Vietnam time) that the shipped calendar does not already give off.</summary>
    private static DateOnly NextWorkingWeekday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var day = today.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsShippedDayOff(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static bool IsShippedDayOff(DateOnly day)
    {
        var path = Path.Combine(RepositoryPaths.Procedures, "calendars", $"{day.Year}.json");
        if (!File.Exists(path))
        {
            return false;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("daysOff").EnumerateArray().Any(d => d.GetProperty("date").GetString() == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
