using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>The officers who could take a unit's tasks are listed only to those who head that unit.</summary>
public sealed class CandidateListTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_head_lists_the_officers_of_the_unit_they_head_and_no_other()
    {
        var head = await server.ClientAsAsync("truongphong.kt.hoaan");

        var own = await head.GetAsync("/api/tasks/candidates?unitId=p-hoa-an-kt&role=specialist");
        var other = await head.GetAsync("/api/tasks/candidates?unitId=x-tan-phu-my-kt&role=specialist");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains((await own.ReadAsync()).EnumerateArray(), o => o.GetRawText().Contains("Ngô Thị Hạnh"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("not-head-of-unit", (await other.ReadAsync()).Text("code"));
    }
}
