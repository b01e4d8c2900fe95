using System.Net;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Dates before 1900 or after 2100 are refused as such, with the field, wherever a client gives one.</summary>
public sealed class SaneDateTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Theory]
    [InlineData("/api/audit/handoffs?from=0001-01-01", "from")]
    [InlineData("/api/audit/handoffs?to=9999-12-31", "to")]
    [InlineData("/api/audit/handoffs.csv?from=0001-01-01", "from")]
    [InlineData("/api/audit/handoffs.csv?to=9999-12-31", "to")]
    [InlineData("/api/audit/handoffs?from=1899-12-31", "from")]
    [InlineData("/api/audit/handoffs?to=2101-01-01", "to")]
    public async Task Audit_dates_outside_1900_to_2100_are_refused_as_such(string path, string field)
    {
        var auditor = await server.ClientAsAsync("kiemtra");

        var response = await auditor.GetAsync(path);

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Contains("1900", problem.Text("detail"));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task The_postal_register_refuses_a_day_outside_the_sane_range(string day)
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy", "en");

        var response = await desk.GetAsync($"/api/desk/postal-register?unitId=x-tan-phu-my&day={day}");

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, "day");
        Assert.Contains("give a date from 1900-01-01 to 2100-12-31", problem.Text("detail"));
    }
}
