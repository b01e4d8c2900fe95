using System.Net;
using System.Text.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>A dossier received by post through the API, as the postal intake page receives it: with its waybill and handover time.</summary>
public sealed class PostalIntakeTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private static object Receipt(string channel, string? waybill, string? filedAt) => new
    {
        procedureId = "business-household-registration",
        receivingUnitId = "x-tan-phu-my",
        applicant = new { name = "Trần Thị Thu", address = "Ấp 2, xã Tân Phú Mỹ" },
        data = new { businessName = "Tiệm bánh Thu", members = 1 },
        documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
        decision = "accept",
        channel,
        waybill,
        filedAt,
    };

    [Fact]
    public async Task A_dossier_received_by_post_keeps_its_waybill_and_counts_as_filed_at_the_handover()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");

        var received = await desk.PostJsonAsync("/api/desk/dossiers", Receipt("post", " EE123456789VN ", "2026-03-02T07:15:00+07:00"));

        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var dossierId = (await received.ReadAsync()).Text("dossierId");
        var register = await (await desk.GetAsync("/api/desk/postal-register?unitId=x-tan-phu-my&day=2026-03-02")).ReadAsync();
        var line = Assert.Single(register.GetProperty("received").EnumerateArray(), l => l.Text("dossierId") == dossierId);
        Assert.Equal("EE123456789VN", line.Text("waybill"));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 15, 0, TimeSpan.FromHours(7)), line.GetProperty("handedOverAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("post", null, null)]
    [InlineData("post", "   ", null)]
    [InlineData("desk", "EE123456789VN", null)]
    public async Task A_missing_or_misplaced_waybill_is_refused_with_a_sentence_naming_the_field(string channel, string? waybill, string? filedAt)
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var before = await server.CountsAsync();

        var response = await desk.PostJsonAsync("/api/desk/dossiers", Receipt(channel, waybill, filedAt));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("waybill", problem.Text("field"));
        Assert.Contains("waybill", problem.Text("detail"));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task A_handover_time_on_a_desk_receipt_is_refused_rather_than_ignored()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");

        var response = await desk.PostJsonAsync("/api/desk/dossiers", Receipt("desk", null, "2026-03-02T07:15:00+07:00"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("filedAt", (await response.ReadAsync()).Text("field"));
    }

    [Fact]
    public async Task The_api_reference_documents_the_postal_fields()
    {
        var client = await server.ClientAsAsync(null);

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var properties = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ReceiveDossierRequest").GetProperty("properties");
        Assert.Contains("waybill number", properties.GetProperty("waybill").GetProperty("description").GetString());
        Assert.Contains("handover record", properties.GetProperty("filedAt").GetProperty("description").GetString());
    }
}
