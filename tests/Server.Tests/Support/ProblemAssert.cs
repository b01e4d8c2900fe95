using System.Net;
using System.Text.Json;

namespace Workflow.Server.Tests.Support;

/// <summary>A refusal as a client sees it: the status, ProblemDetails, the field at fault and a sentence.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> FieldAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync();
        Assert.Equal(field, problem.Text("field"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Text("detail")));
        return problem;
    }
}
