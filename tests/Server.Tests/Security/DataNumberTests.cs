using System.Net;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>A number a dossier's data cannot hold is refused with its field, never a 500.</summary>
public sealed class DataNumberTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Theory]
    [InlineData("/api/public/dossiers", "1e308")]
    [InlineData("/api/public/dossiers", "-1e308")]
    [InlineData("/api/desk/dossiers", "1e308")]
    [InlineData("/api/desk/dossiers", "-1e308")]
    public async Task A_number_too_large_for_a_data_field_is_refused_with_the_field_and_nothing_is_written(string path, string number)
    {
        var client = await server.ClientAsAsync(path.Contains("desk") ? "motcua.tanphumy" : null);
        var before = await server.CountsAsync();
        var body = "{\"procedureId\": \"business-household-registration\", \"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": \"Nguyễn Văn An\"},"
            + $" \"data\": {{\"businessName\": \"Tiệm may An\", \"members\": {number}}}}}";

        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, "data.members");
        Assert.Equal(before, await server.CountsAsync());
    }
}
