using System.Globalization;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The catalogue as a province's hundreds of procedures need it: searched on the server by words of
/// the name, code or field without accents, filtered by field and level, paged, with the search in the
/// address; and a paper's blank form downloaded from the procedure page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CatalogueSearchTests(WebFixture fixture)
{
    [Fact]
    public async Task The_catalogue_searches_without_accents_filters_pages_and_keeps_the_search_in_the_address()
    {
        await using var citizen = await fixture.VisitorAsync();

        // Ten to a page: the procedures in force take several pages, and the second page is its own address.
        await citizen.OpenAsync("/procedures?size=10", "catalogue (10 a page)");
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(10);
        var total = System.Text.RegularExpressions.Regex.Match(await citizen.Test("catalogue-total").InnerTextAsync(), @"^(\d+) thủ tục · trang 1/(\d+)$");
        Assert.True(total.Success, await citizen.Test("catalogue-total").InnerTextAsync());
        var (count, pages) = (int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(total.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.True(count >= 29, $"{count} procedures in force");
        Assert.Equal((count + 9) / 10, pages);
        var firstPage = await citizen.Test("procedure-link").AllInnerTextsAsync();
        await citizen.Page.Locator(".mud-pagination button").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^2$") }).ClickAsync();
        await citizen.Page.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal));
        await Expect(citizen.Test("catalogue-total")).ToHaveTextAsync($"{count} thủ tục · trang 2/{pages}");
        Assert.Empty((await citizen.Test("procedure-link").AllInnerTextsAsync()).Intersect(firstPage));

        // Words without accents find "Đăng ký khai tử"; the search goes to the address and survives a reload.
        await citizen.Field("catalogue-filter").FillAsync("khai tu");
        await citizen.Page.WaitForURLAsync(url => url.Contains("q=khai", StringComparison.Ordinal) && !url.Contains("page=", StringComparison.Ordinal));
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(1);
        await Expect(citizen.Test("procedure-link")).ToHaveTextAsync("Đăng ký khai tử");
        await citizen.Page.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(1);
        await Expect(citizen.Field("catalogue-filter")).ToHaveValueAsync("khai tu");

        // A code finds its procedure; a level and a field filter the list.
        await citizen.OpenAsync("/procedures?q=2.000815", "catalogue (by code)", timed: false);
        await Expect(citizen.Test("procedure-link")).ToHaveTextAsync("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận");
        await citizen.OpenAsync("/procedures", "catalogue", timed: false);
        await citizen.SelectAsync("catalogue-level", "Cấp tỉnh");
        await citizen.Page.WaitForURLAsync(url => url.Contains("level=province", StringComparison.Ordinal));
        // The province's four: the first land certificate, land transfer, an organisation's change of land use, works permits.
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(4);
        await Expect(citizen.Test("procedure-link").Filter(new() { HasText = "Giấy chứng nhận quyền sử dụng đất" })).Not.ToHaveCountAsync(0);
        await citizen.OpenAsync("/procedures", "catalogue", timed: false);
        await citizen.SelectAsync("catalogue-field", "Chứng thực");
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(5);
        await citizen.ScreenshotAsync("71-catalogue-by-field");

        // Nothing matching says so and what to do.
        await citizen.OpenAsync("/procedures?q=khong+co+thu+tuc+nay", "catalogue (no match)", timed: false);
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(0);
        await Expect(citizen.Test("catalogue-total")).ToContainTextAsync("Không có thủ tục nào khớp");
    }

    [Fact]
    public async Task A_citizen_downloads_the_blank_form_a_procedure_names()
    {
        await using var citizen = await fixture.VisitorAsync();
        await citizen.OpenAsync("/procedures/birth-registration", "procedure (blank form)");
        await Expect(citizen.Test("blank-form")).ToHaveCountAsync(1);
        await Expect(citizen.Test("blank-form")).ToContainTextAsync("Mẫu tờ khai đăng ký khai sinh");
        var download = await citizen.Page.RunAndWaitForDownloadAsync(() => citizen.Test("blank-form").ClickAsync());
        Assert.Equal("to-khai.html", download.SuggestedFilename);
        var saved = Path.Combine(RepositoryPaths.Screenshots, "72-blank-form-to-khai.html");
        await download.SaveAsAsync(saved);
        var text = await File.ReadAllTextAsync(saved);
        Assert.Contains("Tờ khai đăng ký khai sinh", text, StringComparison.Ordinal);
        Assert.Contains("Người yêu cầu", text, StringComparison.Ordinal);

        // A procedure whose papers name no form offers none.
        await citizen.OpenAsync("/procedures/certified-copy", "procedure (no blank form)", timed: false);
        await Expect(citizen.Test("procedure-documents")).ToBeVisibleAsync();
        await Expect(citizen.Test("blank-form")).ToHaveCountAsync(0);
    }
}
