using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Workflow.Server.Problems;

/// <summary>
/// Gives every ProblemDetails the reader's language and a trace id. Problems the server built
/// itself carry a <c>code</c>; bare status codes (401 from authentication, 404 for an unknown
/// address...) get a localized title and sentence here.
/// </summary>
public static class ProblemDetailsLocalizer
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Title = ProblemTexts.Title(status);
            problem.Detail ??= ProblemTexts.Detail(status);
            problem.Extensions["code"] = status switch
            {
                401 => "not-signed-in",
                403 => "forbidden",
                404 => "not-found",
                405 => "method-not-allowed",
                413 => "body-too-large",
                415 => "unsupported-media-type",
                429 => "too-many-requests",
                _ => $"http-{status}",
            };

            // A body refused whole (too large, or of a type the operation does not take) is the field at fault.
            if (status is 413 or 415)
            {
                problem.Extensions.TryAdd("field", "body");
            }
        }

        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? context.HttpContext.TraceIdentifier;
    }
}
