using System.Net;
using System.Text.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// The public catalogue's search over a province's 1,500 procedures: words without accents over name,
/// code and field, exact field and level, pages with their total, refusals naming the parameter, and
/// the blank forms a definition names.
/// </summary>
public sealed class CatalogueSearchApiTests(LargeCatalogueServerFactory server) : IClassFixture<LargeCatalogueServerFactory>
{
    [Fact]
    public async Task Fifteen_hundred_procedures_are_searched_and_paged_on_the_server()
    {
        var anonymous = await server.ClientAsAsync(null);
        var all = await (await anonymous.GetAsync("/api/public/procedures")).ReadAsync();
        var shipped = all.GetProperty("total").GetInt32() - LargeCatalogueServerFactory.Generated;
        Assert.InRange(shipped, 29, 60);
        Assert.Equal(25, all.GetProperty("items").GetArrayLength());

        // The last page holds what is left; every id appears once across the pages.
        var pageSize = 200;
        var pages = (all.GetProperty("total").GetInt32() + pageSize - 1) / pageSize;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var shippedCivilStatus = 0;
        for (var page = 1; page <= pages; page++)
        {
            var rows = await (await anonymous.GetAsync($"/api/public/procedures?page={page}&pageSize={pageSize}")).ReadAsync();
            Assert.Equal(pages, rows.GetProperty("pageCount").GetInt32());
            Assert.All(rows.GetProperty("items").EnumerateArray(), p => Assert.True(ids.Add(p.Text("id")), p.Text("id")));
            shippedCivilStatus += rows.GetProperty("items").EnumerateArray().Count(p => !p.Text("id").StartsWith("generated-", StringComparison.Ordinal) && p.Text("field") == "Hộ tịch");
        }

        Assert.Equal(all.GetProperty("total").GetInt32(), ids.Count);

        // "ho tich" without accents finds the field "Hộ tịch": the shipped civil-status procedures and every fifth generated one.
        Assert.True(shippedCivilStatus >= 5, $"{shippedCivilStatus} shipped civil-status procedures");
        var civil = await (await anonymous.GetAsync("/api/public/procedures?q=ho%20tich&pageSize=10")).ReadAsync();
        Assert.Equal(shippedCivilStatus + LargeCatalogueServerFactory.Generated / 5, civil.GetProperty("total").GetInt32());
        Assert.Equal(10, civil.GetProperty("items").GetArrayLength());
        // Capitals without accents find it (and, once in force, the procedures linked with it, whose names say "khai sinh" too).
        var birth = await (await anonymous.GetAsync("/api/public/procedures?q=KHAI%20SINH")).ReadAsync();
        Assert.Contains("birth-registration", birth.GetProperty("items").EnumerateArray().Select(p => p.Text("id")));
        Assert.All(birth.GetProperty("items").EnumerateArray(), p => Assert.Contains("khai sinh", p.Text("name"), StringComparison.OrdinalIgnoreCase));

        // A code; a field and a level exactly; words that are all required.
        var byCode = await (await anonymous.GetAsync("/api/public/procedures?q=9.000777")).ReadAsync();
        Assert.Equal("generated-0777", Assert.Single(byCode.GetProperty("items").EnumerateArray()).Text("id"));
        var field = await (await anonymous.GetAsync($"/api/public/procedures?field={Uri.EscapeDataString("Y tế")}&level=province&pageSize=1")).ReadAsync();
        var expected = Enumerable.Range(1, LargeCatalogueServerFactory.Generated).Count(i => i % 5 == 3 && i % 3 == 0);
        Assert.Equal(expected, field.GetProperty("total").GetInt32());
        var item = Assert.Single(field.GetProperty("items").EnumerateArray());
        Assert.Equal("Y tế", item.Text("field"));
        Assert.Equal("province", item.Text("level"));
        var words = await (await anonymous.GetAsync("/api/public/procedures?q=thu%20tuc%20so%20778%20y%20te")).ReadAsync();
        Assert.Equal("generated-0778", Assert.Single(words.GetProperty("items").EnumerateArray()).Text("id"));
        var none = await (await anonymous.GetAsync("/api/public/procedures?q=778%20dat%20dai")).ReadAsync();
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("level=ward", "level")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_wrong_search_parameter_is_refused_naming_it(string query, string parameter)
    {
        var response = await (await server.ClientAsAsync(null)).GetAsync($"/api/public/procedures?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.ReadAsync()).Text("field"));
    }

    [Fact]
    public async Task A_wrong_level_is_explained_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var vietnamese = await ProblemAssert.FieldAsync(await (await server.ClientAsAsync(null)).GetAsync("/api/public/procedures?level=ward"), HttpStatusCode.BadRequest, "level");
        Assert.Equal("Cấp thực hiện là province (tỉnh), district (huyện) hoặc commune (xã).", vietnamese.Text("detail"));

        var english = await ProblemAssert.FieldAsync(await (await server.ClientAsAsync(null, "en")).GetAsync("/api/public/procedures?level=ward"), HttpStatusCode.BadRequest, "level");
        Assert.Equal("The level is province, district or commune.", english.Text("detail"));
    }

    [Fact]
    public async Task A_paper_whose_definition_names_a_form_offers_its_blank_copy()
    {
        var anonymous = await server.ClientAsAsync(null);
        var detail = await (await anonymous.GetAsync("/api/public/procedures/birth-registration")).ReadAsync();
        var papers = detail.GetProperty("documents").EnumerateArray().ToList();
        var form = papers.Single(p => p.Text("id") == "to-khai").Text("formHref");
        Assert.All(papers.Where(p => p.Text("id") != "to-khai"), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("formHref").ValueKind));

        var blank = await anonymous.GetAsync(form);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Equal("text/html", blank.Content.Headers.ContentType?.MediaType);
        Assert.Equal("to-khai.html", blank.Content.Headers.ContentDisposition?.FileNameStar ?? blank.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Tờ khai đăng ký khai sinh", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var missing in new[] { "/api/public/procedures/birth-registration/forms/giay-chung-sinh", "/api/public/procedures/no-such/forms/to-khai", "/api/public/procedures/birth-registration/forms/..%2F..%2Fpublished-versions.json" })
        {
            var refused = await anonymous.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
    }
}
