using System.Net;
using System.Net.Http.Json;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// Every role against every area of the API. One dossier sits at the desk of Tân Phú Mỹ commune
/// with its first task open. Requests that are allowed are built so they are refused later by a
/// rule of the engine (wrong outcome, state, date), so the matrix changes nothing: the status says
/// how far each caller got. 401 = not signed in, 403 = wrong role or wrong unit.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture server) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    // Who calls, in the column order of the table below.
    private static readonly string?[] Callers =
    [
        null,                       // anonymous
        "motcua.tanphumy",          // desk officer of the dossier's commune
        "motcua.hoaan",             // desk officer of another commune
        "chuyenvien.kt.tanphumy",   // specialist of the commune's economic office (no task there yet)
        "truongphong.kt.tanphumy",  // head of that office
        "lanhdao.tanphumy",         // leader of the dossier's commune
        "lanhdao.hoaan",            // leader of another commune
        "kiemtra",                  // auditor
        "phantich",                 // analyst
        "quantri",                  // administrator
    ];

    //                                                   anon desk deskX spec head lead leadX audit analy admin
    private static readonly (string Endpoint, string Expected)[] Table =
    [
        ("GET catalogue",                                "200  200  200   200  200  200  200   200   200   200"),
        ("GET me",                                       "401  200  200   200  200  200  200   200   200   200"),
        ("GET inbox",                                    "401  200  200   200  200  200  200   403   403   403"),
        ("GET dossier",                                  "401  200  403   403  403  200  403   200   403   403"),
        ("GET dossier search",                           "401  200  200   200  200  200  200   200   403   403"),
        ("POST desk receive (unknown procedure)",        "401  404  404   403  403  403  403   403   403   403"),
        ("POST desk refuse (already accepted)",          "401  409  403   403  403  403  403   403   403   403"),
        ("POST desk payment (negative amount)",          "401  400  403   403  403  403  403   403   403   403"),
        ("POST task complete (unknown outcome)",         "401  400  403   403  403  403  403   403   403   403"),
        ("POST task assign (unknown officer)",           "401  403  403   403  403  400  403   403   403   403"),
        ("POST absence reassign (unknown officer)",      "401  403  403   403  403  400  403   403   403   403"),
        ("POST head apologise (date in the past)",       "401  403  403   403  403  400  403   403   403   403"),
        ("GET audit journal",                            "401  403  403   403  403  403  403   200   403   403"),
        ("GET audit handoffs",                           "401  403  403   403  403  403  403   200   403   403"),
        ("GET audit linked dossiers",                    "401  403  403   403  403  403  403   200   403   403"),
        ("GET designer procedures",                      "401  403  403   403  403  403  403   403   200   403"),
        ("POST designer validate",                       "401  403  403   403  403  403  403   403   200   403"),
        ("GET designer BPMN export",                     "401  403  403   403  403  403  403   200   200   403"),
        ("GET designer Elsa export",                     "401  403  403   403  403  403  403   200   200   403"),
        ("POST designer BPMN import (not XML)",          "401  403  403   403  403  403  403   403   400   403"),
        ("POST migration preview (unknown version)",     "401  403  403   403  403  400  400   403   400   403"),
        ("POST migration prepare (no reason)",           "401  403  403   403  403  403  403   403   400   403"),
        ("POST migration run (unknown run)",             "401  403  403   403  403  404  404   403   403   403"),
        ("GET admin users",                              "401  403  403   403  403  403  403   403   403   200"),
        ("POST admin create user (empty)",               "401  403  403   403  403  403  403   403   403   400"),
        ("GET admin calendars",                          "401  403  403   403  403  403  403   403   403   200"),
        ("GET reports dossiers (March)",                 "401  403  403   403  200  200  200   200   403   403"),
        ("GET reports indicators (to before from)",      "401  403  403   403  400  400  400   400   403   403"),
        ("GET reports figure dossiers (unknown figure)", "401  403  403   403  400  400  400   400   403   403"),
        ("GET migration plan (no target version)",       "401  403  403   403  403  400  400   403   400   403"),
        ("GET migration runs",                           "401  403  403   403  403  200  200   403   200   403"),
        ("GET admin portal messages",                    "401  403  403   403  403  403  403   403   403   200"),
        ("POST admin portal reconcile (connector off)",  "401  403  403   403  403  403  403   403   403   409"),
        ("GET blank form (unknown paper)",               "404  404  404   404  404  404  404   404   404   404"),
        ("GET admin organisation export",                "401  403  403   403  403  403  403   403   403   200"),
        ("POST admin accounts import (no header row)",   "401  403  403   403  403  403  403   403   403   400"),
        ("POST admin accounts confirm (no header row)",  "401  403  403   403  403  403  403   403   403   400"),
        ("GET admin accounts export",                    "401  403  403   403  403  403  403   403   403   200"),
        ("GET admin account imports",                    "401  403  403   403  403  403  403   403   403   200"),
        ("POST admin setup link (unknown account)",      "401  403  403   403  403  403  403   403   403   404"),
        ("GET admin organisation changes",               "401  403  403   403  403  403  403   403   403   200"),
        ("POST admin organisation preview (no successor)", "401  403  403   403  403  403  403   403   403   400"),
        ("POST admin organisation merge (date in the past)", "401  403  403   403  403  403  403   403   403   400"),
        ("GET admin signing authorisations",             "401  403  403   403  403  403  403   403   403   200"),
        ("POST admin signing authorisation (last day before first)", "401  403  403   403  403  403  403   403   403   400"),
        ("POST admin signing revoke (unknown)",          "401  403  403   403  403  403  403   403   403   404"),
        ("GET my inbox delegations",                     "401  200  200   200  200  200  200   403   403   403"),
        ("POST inbox delegation (first day in the past)", "401  400  400   400  400  400  400   403   403   403"),
        ("POST inbox delegation cancel (unknown)",       "401  404  404   404  404  404  404   403   403   403"),
        ("GET dossier results",                          "401  200  403   403  403  200  403   200   403   403"),
        ("POST result generate (not at result step)",    "401  409  409   409  409  409  409   403   403   403"),
        ("POST result sign (unknown result)",            "401  404  404   404  404  404  404   403   403   403"),
        ("POST results deliver (not at result step)",    "401  409  409   409  409  409  409   403   403   403"),
        ("POST result revoke (unknown result)",          "401  404  404   404  404  404  404   403   403   403"),
        ("GET result file (unknown result)",             "401  404  403   403  403  404  403   404   403   403"),
        ("GET public result (made-up link)",             "404  404  404   404  404  404  404   404   404   404"),
        ("GET dossier components",                       "401  200  403   403  403  200  403   200   403   403"),
        ("POST desk digitise (unknown component)",       "401  404  403   403  403  403  403   403   403   403"),
        ("GET citizen dossiers",                         "401  401  401   401  401  401  401   401   401   401"),
        ("POST store reuse (past intake)",               "401  409  403   403  403  403  403   403   403   403"),
        ("POST public store (wrong secret)",             "404  404  404   404  404  404  404   404   404   404"),
        ("GET citizen store",                            "401  401  401   401  401  401  401   401   401   401"),
        ("GET designer process table",                   "401  403  403   403  403  403  403   403   200   403"),
        ("GET designer summary (unknown version)",       "401  403  403   403  403  403  403   403   404   403"),
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (endpoint, _) in Table)
        {
            for (var caller = 0; caller < Callers.Length; caller++)
            {
                data.Add(endpoint, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_what_it_should(string endpoint, int caller)
    {
        var expected = int.Parse(Table.Single(t => t.Endpoint == endpoint).Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)[caller]);
        var client = await server.ClientAsAsync(Callers[caller]);
        var before = await server.CountsAsync();

        using var response = await client.SendAsync(Request(endpoint));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"{endpoint} as {Callers[caller] ?? "anonymous"}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await server.CountsAsync());
    }

    private HttpRequestMessage Request(string endpoint)
    {
        var d = server.DossierId;
        var t = server.TaskId;
        return endpoint switch
        {
            "GET catalogue" => Get("/api/public/procedures"),
            "GET me" => Get("/api/auth/me"),
            "GET inbox" => Get("/api/tasks/inbox"),
            "GET dossier" => Get($"/api/dossiers/{d}"),
            "GET dossier search" => Get("/api/dossiers?q=H55"),
            "POST desk receive (unknown procedure)" => Post("/api/desk/dossiers", new { procedureId = "no-such-procedure", receivingUnitId = "x-tan-phu-my", applicant = new { name = "Nguyễn Văn A" } }),
            "POST desk refuse (already accepted)" => Post($"/api/desk/dossiers/{d}/refuse", new { reason = "Không thuộc thẩm quyền." }),
            "POST desk payment (negative amount)" => Post($"/api/desk/dossiers/{d}/payment", new { reference = "BL-0001", amount = -5 }),
            "POST task complete (unknown outcome)" => Post($"/api/tasks/{t}/complete", new { outcomeId = "no-such-outcome" }),
            "POST task assign (unknown officer)" => Post($"/api/tasks/{t}/assign", new { officerId = "nobody" }),
            "POST absence reassign (unknown officer)" => Post("/api/tasks/reassign-absent", new { unitId = "x-tan-phu-my", officerId = "nobody", toOfficerId = "tuphap.tanphumy" }),
            "POST head apologise (date in the past)" => Post($"/api/dossiers/{d}/apologise", new { newAppointment = "2020-01-01T08:00:00+07:00", reason = "Chờ ý kiến liên ngành." }),
            "GET audit journal" => Get($"/api/audit/dossiers/{d}/journal"),
            "GET audit handoffs" => Get("/api/audit/handoffs"),
            "GET audit linked dossiers" => Get($"/api/audit/dossiers/{d}/linked"),
            "GET designer procedures" => Get("/api/designer/procedures"),
            "POST designer validate" => new HttpRequestMessage(HttpMethod.Post, "/api/designer/procedures/birth-registration/versions/1/validate")
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            },
            "GET designer BPMN export" => Get("/api/designer/procedures/birth-registration/versions/1/bpmn"),
            "GET designer Elsa export" => Get("/api/designer/procedures/birth-registration/versions/1/elsa"),
            "POST designer BPMN import (not XML)" => new HttpRequestMessage(HttpMethod.Post, "/api/designer/procedures/import/bpmn")
            {
                Content = new StringContent("not xml", Encoding.UTF8, "application/xml"),
            },
            "POST migration preview (unknown version)" => Post("/api/procedures/business-household-registration/migrations/preview", new { targetVersion = 99 }),
            "POST migration prepare (no reason)" => Post("/api/procedures/business-household-registration/migrations/runs", new { targetVersion = 99 }),
            "POST migration run (unknown run)" => Post($"/api/procedures/business-household-registration/migrations/runs/{Guid.Empty}/start", new { }),
            "GET admin users" => Get("/api/admin/users"),
            "POST admin create user (empty)" => Post("/api/admin/users", new { }),
            "GET admin calendars" => Get("/api/admin/calendars"),
            "GET reports dossiers (March)" => Get("/api/reports/dossiers?from=2026-03-01&to=2026-03-31"),
            "GET reports indicators (to before from)" => Get("/api/reports/indicators?from=2026-03-31&to=2026-03-01"),
            "GET reports figure dossiers (unknown figure)" => Get("/api/reports/figures/no-such-figure/dossiers?from=2026-03-01&to=2026-03-31"),
            "GET migration plan (no target version)" => Get("/api/procedures/business-household-registration/migrations"),
            "GET migration runs" => Get("/api/procedures/business-household-registration/migrations/runs"),
            "GET admin portal messages" => Get("/api/admin/portal/messages"),
            "POST admin portal reconcile (connector off)" => Post("/api/admin/portal/reconcile", new { }),
            "GET blank form (unknown paper)" => Get("/api/public/procedures/birth-registration/forms/no-such-paper"),
            "GET admin organisation export" => Get("/api/admin/organisation/export"),
            "POST admin accounts import (no header row)" => new HttpRequestMessage(HttpMethod.Post, "/api/admin/accounts/import") { Content = new StringContent("a,b\n", Encoding.UTF8, "text/csv") },
            "POST admin accounts confirm (no header row)" => new HttpRequestMessage(HttpMethod.Post, "/api/admin/accounts/import?confirm=true") { Content = new StringContent("a,b\n", Encoding.UTF8, "text/csv") },
            "GET admin accounts export" => Get("/api/admin/accounts/export?format=csv"),
            "GET admin account imports" => Get("/api/admin/accounts/imports"),
            "POST admin setup link (unknown account)" => Post("/api/admin/users/khong-co/setup-link", new { }),
            "GET admin organisation changes" => Get("/api/admin/organisation/changes"),
            "POST admin organisation preview (no successor)" => Post("/api/admin/organisation/changes/preview", new { kind = "merge-unit", unitId = "so-xay-dung", effectiveDate = "2030-01-01", successorId = "so-khong-co" }),
            "POST admin organisation merge (date in the past)" => Post("/api/admin/organisation/changes", new { kind = "merge-unit", unitId = "so-xay-dung", effectiveDate = "2020-01-01", successorId = "so-nnmt" }),
            "GET admin signing authorisations" => Get("/api/admin/signing-authorisations"),
            "POST admin signing authorisation (last day before first)" => Post("/api/admin/signing-authorisations",
                new { kind = "kt", unitId = "x-tan-phu-my", principalId = "nobody", signerId = "nobody", firstDay = "2030-01-02", lastDay = "2030-01-01" }),
            "POST admin signing revoke (unknown)" => Post($"/api/admin/signing-authorisations/{Guid.Empty}/revoke", new { }),
            "GET my inbox delegations" => Get("/api/tasks/delegations"),
            "POST inbox delegation (first day in the past)" => Post("/api/tasks/delegations", new { unitId = "x-tan-phu-my", toOfficerId = "nobody", firstDay = "2020-01-01", lastDay = "2020-01-02" }),
            "POST inbox delegation cancel (unknown)" => Post($"/api/tasks/delegations/{Guid.Empty}/cancel", new { }),
            "GET dossier results" => Get($"/api/dossiers/{d}/results"),
            "POST result generate (not at result step)" => Post($"/api/dossiers/{d}/results", new { resultId = "giay-chung-nhan-hkd" }),
            "POST result sign (unknown result)" => Post($"/api/dossiers/{d}/results/{Guid.Empty}/sign", new { }),
            "POST results deliver (not at result step)" => Post($"/api/dossiers/{d}/results/deliver", new { }),
            "POST result revoke (unknown result)" => Post($"/api/dossiers/{d}/results/{Guid.Empty}/revoke", new { reason = "Cấp nhầm." }),
            "GET result file (unknown result)" => Get($"/api/dossiers/{d}/results/{Guid.Empty}/file"),
            "GET public result (made-up link)" => Get("/api/public/results/khong-phai-lien-ket"),
            "GET dossier components" => Get($"/api/dossiers/{d}/components"),
            "POST desk digitise (unknown component)" => new HttpRequestMessage(HttpMethod.Post, $"/api/desk/dossiers/{d}/components/khong-co/digitise")
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7\n%%EOF\n"u8.ToArray()), "files", "trang-1.pdf" } },
            },
            "GET citizen dossiers" => Get("/api/citizen/dossiers"),
            "POST store reuse (past intake)" => Post($"/api/dossiers/{d}/store/reuse", new { documentId = "giay-to-phap-ly", source = "result", entryId = Guid.NewGuid() }),
            "POST public store (wrong secret)" => Post("/api/public/store", new { code = "H55.01-260302-0001", secret = "sai-ma-tra-cuu" }),
            "GET citizen store" => Get("/api/citizen/store"),
            "GET designer process table" => Get("/api/designer/procedures/birth-registration/versions/1/process.xlsx"),
            "GET designer summary (unknown version)" => Get("/api/designer/procedures/birth-registration/versions/99/summary"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint),
        };
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    /// <summary>The server with one accepted dossier whose first task waits at the commune's desk.</summary>
    public sealed class Fixture : ServerFactory, IAsyncLifetime
    {
        public Guid DossierId { get; private set; }

        public Guid TaskId { get; private set; }

        public async Task InitializeAsync()
        {
            var desk = await ClientAsAsync("motcua.tanphumy");
            var received = await (await desk.PostJsonAsync("/api/desk/dossiers", new
            {
                procedureId = "business-household-registration",
                receivingUnitId = "x-tan-phu-my",
                applicant = new { name = "Phạm Thị Thu" },
                data = new { businessName = "Quán cơm Thu", members = 1 },
                decision = "accept",
            })).ReadAsync();
            DossierId = Guid.Parse(received.Text("dossierId"));
            var inbox = await (await desk.GetAsync("/api/tasks/inbox")).ReadAsync();
            TaskId = Guid.Parse(inbox.GetProperty("items").EnumerateArray().Single().Text("workItemId"));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
