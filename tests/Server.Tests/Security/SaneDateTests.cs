using System.Net;
using System.Text;
using System.Text.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Dates before 1900 or after 2100 are refused as such, with the field, wherever a client gives one.</summary>
public sealed class SaneDateTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    /// <summary>Every date the API takes: operation, input, the caller allowed to send it, and the request with {date} where it goes.</summary>
    private static readonly (string Operation, string Field, string Caller, string Request, string? Body)[] DateInputs =
    [
        ("SearchHandoffs", "from", "kiemtra", "GET /api/audit/handoffs?from={date}", null),
        ("SearchHandoffs", "to", "kiemtra", "GET /api/audit/handoffs?to={date}", null),
        ("ExportHandoffs", "from", "kiemtra", "GET /api/audit/handoffs.csv?from={date}", null),
        ("ExportHandoffs", "to", "kiemtra", "GET /api/audit/handoffs.csv?to={date}", null),
        ("PostalRegister", "day", "motcua.tanphumy", "GET /api/desk/postal-register?unitId=x-tan-phu-my&day={date}", null),
        ("ListUnits", "date", "quantri", "GET /api/admin/units?date={date}", null),
        ("ReceiveDossier", "filedAt", "motcua.tanphumy", "POST /api/desk/dossiers",
            """{"procedureId":"business-household-registration","receivingUnitId":"x-tan-phu-my","channel":"post","waybill":"EB123456789VN","applicant":{"name":"Nguyễn Văn An"},"data":{"businessName":"Tiệm may An","members":1},"filedAt":"{date}"}"""),
        ("Apologise", "newAppointment", "lanhdao.tanphumy", $"POST /api/dossiers/{Guid.Empty}/apologise", """{"newAppointment":"{date}","reason":"Chờ ý kiến"}"""),
        ("ReturnByPost", "handedOverAt", "motcua.tanphumy", $"POST /api/desk/dossiers/{Guid.Empty}/return-by-post", """{"waybill":"EB123456789VN","handedOverAt":"{date}"}"""),
        ("GrantMembership", "validFrom", "quantri", "POST /api/admin/memberships", """{"officerId":"x","unitId":"x-tan-phu-my","role":"desk-officer","validFrom":"{date}"}"""),
        ("GrantMembership", "validTo", "quantri", "POST /api/admin/memberships", """{"officerId":"x","unitId":"x-tan-phu-my","role":"desk-officer","validTo":"{date}"}"""),
        ("EndMembership", "validTo", "quantri", $"POST /api/admin/memberships/{Guid.Empty}/end", """{"validTo":"{date}"}"""),
        ("DossierReport", "from", "kiemtra", "GET /api/reports/dossiers?from={date}&to=2026-02-28", null),
        ("DossierReport", "to", "kiemtra", "GET /api/reports/dossiers?from=2026-02-01&to={date}", null),
        ("DossierReportExcel", "from", "kiemtra", "GET /api/reports/dossiers.xlsx?from={date}&to=2026-02-28", null),
        ("DossierReportExcel", "to", "kiemtra", "GET /api/reports/dossiers.xlsx?from=2026-02-01&to={date}", null),
        ("IndicatorReport", "from", "kiemtra", "GET /api/reports/indicators?from={date}&to=2026-02-28", null),
        ("IndicatorReport", "to", "kiemtra", "GET /api/reports/indicators?from=2026-02-01&to={date}", null),
        ("ReportFigureDossiers", "from", "kiemtra", "GET /api/reports/figures/received/dossiers?from={date}&to=2026-02-28", null),
        ("ReportFigureDossiers", "to", "kiemtra", "GET /api/reports/figures/received/dossiers?from=2026-02-01&to={date}", null),
        ("PreviewOrganisationChange", "effectiveDate", "quantri", "POST /api/admin/organisation/changes/preview", """{"kind":"merge-unit","unitId":"so-xay-dung","successorId":"so-nnmt","effectiveDate":"{date}"}"""),
        ("ApplyOrganisationChange", "effectiveDate", "quantri", "POST /api/admin/organisation/changes", """{"kind":"merge-unit","unitId":"so-xay-dung","successorId":"so-nnmt","effectiveDate":"{date}"}"""),
        ("CreateSigningAuthorisation", "firstDay", "quantri", "POST /api/admin/signing-authorisations", """{"kind":"kt","unitId":"x-tan-phu-my","principalId":"x","signerId":"y","firstDay":"{date}"}"""),
        ("CreateSigningAuthorisation", "lastDay", "quantri", "POST /api/admin/signing-authorisations", """{"kind":"kt","unitId":"x-tan-phu-my","principalId":"x","signerId":"y","firstDay":"2030-01-01","lastDay":"{date}"}"""),
        ("CreateSigningAuthorisation", "documentDate", "quantri", "POST /api/admin/signing-authorisations",
            """{"kind":"tuq","unitId":"x-tan-phu-my","principalId":"x","signerId":"y","firstDay":"2030-01-01","documentNumber":"1/GUQ","documentDate":"{date}"}"""),
        ("DelegateInbox", "firstDay", "motcua.tanphumy", "POST /api/tasks/delegations", """{"unitId":"x-tan-phu-my","toOfficerId":"x","firstDay":"{date}","lastDay":"2030-01-02"}"""),
        ("DelegateInbox", "lastDay", "motcua.tanphumy", "POST /api/tasks/delegations", """{"unitId":"x-tan-phu-my","toOfficerId":"x","firstDay":"2030-01-01","lastDay":"{date}"}"""),
        ("PublishVersion", "effectiveFrom", "phantich", "POST /api/designer/procedures/certified-copy/versions/1/publish", """{"effectiveFrom":"{date}"}"""),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var input in DateInputs)
        {
            foreach (var date in new[] { "0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31" })
            {
                cases.Add(input.Operation, input.Field, date);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Dates_outside_1900_to_2100_are_refused_as_such_wherever_the_api_takes_a_date(string operation, string field, string date)
    {
        var input = DateInputs.Single(i => i.Operation == operation && i.Field == field);
        var client = await server.ClientAsAsync(input.Caller, "en");
        var before = await server.CountsAsync();
        var isDateTime = operation is "ReceiveDossier" or "Apologise" or "ReturnByPost";
        var value = isDateTime ? $"{date}T00:00:00+00:00" : date;
        var (method, path) = (input.Request.Split(' ')[0], input.Request.Split(' ')[1].Replace("{date}", value));
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = input.Body is null ? null : new StringContent(input.Body.Replace("{date}", value), Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Contains("give a date from 1900-01-01 to 2100-12-31", problem.Text("detail"));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task Every_date_the_published_api_takes_is_among_the_cases()
    {
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));

        var dates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var operation in api.Operations)
        {
            dates.UnionWith(operation.Parameters.Where(p => IsDate(api, p.GetProperty("schema"))).Select(p => $"{operation.Id}.{p.GetProperty("name").GetString()}"));
            if (operation.JsonBody is { } body && Object(api, body) is { } schema && schema.TryGetProperty("properties", out var properties))
            {
                dates.UnionWith(properties.EnumerateObject().Where(p => IsDate(api, p.Value)).Select(p => $"{operation.Id}.{p.Name}"));
            }
        }

        Assert.Equal(dates, DateInputs.Select(i => $"{i.Operation}.{i.Field}").Order(StringComparer.Ordinal));
    }

    /// <summary>The object schema, through a reference or a nullable wrapper.</summary>
    private static JsonElement? Object(PublishedApi api, JsonElement schema)
    {
        var resolved = api.Resolve(schema);
        if (resolved.TryGetProperty("anyOf", out var alternatives) || resolved.TryGetProperty("oneOf", out alternatives))
        {
            return alternatives.EnumerateArray().Select(a => Object(api, a)).FirstOrDefault(o => o is not null);
        }

        return resolved.TryGetProperty("properties", out _) ? resolved : null;
    }

    private static bool IsDate(PublishedApi api, JsonElement schema)
    {
        var resolved = api.Resolve(schema);
        if (resolved.TryGetProperty("anyOf", out var alternatives) || resolved.TryGetProperty("oneOf", out alternatives))
        {
            return alternatives.EnumerateArray().Any(a => IsDate(api, a));
        }

        return resolved.TryGetProperty("format", out var format) && format.GetString() is "date" or "date-time";
    }
}
