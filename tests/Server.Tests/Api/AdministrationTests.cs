using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Administrators create officers, give them roles at units for a period, and disable them.</summary>
public sealed class AdministrationTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_new_officer_works_once_granted_a_membership_and_stops_the_moment_they_are_disabled()
    {
        var admin = await server.ClientAsAsync("quantri");
        var created = await admin.PostJsonAsync("/api/admin/users", new { userName = "cb.moi", displayName = "Trương Thị Mới", password = "MatKhau@2026", roles = new[] { "specialist" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.ReadAsync()).Text("id");

        var granted = await admin.PostJsonAsync("/api/admin/memberships", new { officerId = userId, unitId = "x-tan-phu-my-kt", role = "specialist", validFrom = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        Assert.True((await granted.ReadAsync()).GetProperty("currentlyHeld").GetBoolean());

        var officer = await server.ClientAsAsync(null);
        officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.TokenAsync("cb.moi", "MatKhau@2026"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/tasks/inbox")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostJsonAsync($"/api/admin/users/{userId}/disable", new { })).StatusCode);
        var refused = await officer.GetAsync("/api/tasks/inbox");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("session-ended", (await refused.ReadAsync()).Text("code"));
        var signIn = await (await server.ClientAsAsync(null)).PostAsJsonAsync("/api/auth/token", new { userName = "cb.moi", password = "MatKhau@2026" });
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Equal("account-disabled", (await signIn.ReadAsync()).Text("code"));
    }

    [Fact]
    public async Task Weak_passwords_roles_a_unit_does_not_have_and_taken_names_are_refused_with_the_field()
    {
        var admin = await server.ClientAsAsync("quantri");
        var before = await server.CountsAsync();

        var weak = await (await admin.PostJsonAsync("/api/admin/users", new { userName = "cb.yeu", displayName = "Cán bộ", password = "abc" })).ReadAsync();
        Assert.Equal("password", weak.Text("field"));
        Assert.Contains("ít nhất 8 ký tự", weak.Text("detail"));

        var taken = await (await admin.PostJsonAsync("/api/admin/users", new { userName = "motcua.hoaan", displayName = "Trùng tên", password = "MatKhau@2026" })).ReadAsync();
        Assert.Equal(409, taken.GetProperty("status").GetInt32());
        Assert.Equal("userName", taken.Text("field"));

        var users = await (await admin.GetAsync("/api/admin/users")).ReadAsync();
        var desk = users.EnumerateArray().Single(u => u.Text("userName") == "motcua.hoaan");
        var wrongRole = await (await admin.PostJsonAsync("/api/admin/memberships", new { officerId = desk.Text("id"), unitId = "thue-hoa-an", role = "desk-officer" })).ReadAsync();
        Assert.Equal("role", wrongRole.Text("field"));
        Assert.Equal(before, await server.CountsAsync());

        var membership = desk.GetProperty("memberships")[0].Text("id");
        var ended = await admin.PostJsonAsync($"/api/admin/memberships/{membership}/end", new { validTo = "2026-06-30" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("2026-06-30", (await ended.ReadAsync()).Text("validTo"));
    }

    [Fact]
    public async Task The_organisation_and_the_calendar_can_be_read()
    {
        var admin = await server.ClientAsAsync("quantri");
        var units = await (await admin.GetAsync("/api/admin/units?date=2024-01-01")).ReadAsync();
        Assert.Contains(units.EnumerateArray(), u => u.Text("id") == "tx-hoa-an");
        Assert.DoesNotContain(units.EnumerateArray(), u => u.Text("id") == "p-hoa-an");

        var year = await (await admin.GetAsync("/api/admin/calendars/2026")).ReadAsync();
        Assert.Contains(year.GetProperty("workingWeekendDays").EnumerateArray(), d => d.Text("date") == "2026-01-10");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/calendars/1990")).StatusCode);
    }
}
