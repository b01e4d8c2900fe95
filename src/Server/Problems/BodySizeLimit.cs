using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Workflow.Server.Problems;

/// <summary>
/// Refuses request bodies over the configured limit before any endpoint reads them, with a
/// ProblemDetails 413. Kestrel enforces the same limit on bodies sent without a length. An
/// endpoint may carry its own limit (file uploads do) as request-size metadata.
/// </summary>
public sealed class BodySizeLimit(RequestDelegate next, long defaultLimit)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemFactory.Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", Localization.Language.Pick(
                    $"Dữ liệu gửi lên dài {context.Request.ContentLength} byte, quá giới hạn {limit} byte.",
                    $"The request body is {context.Request.ContentLength} bytes, over the limit of {limit} bytes."), "body"),
            });
            return;
        }

        await next(context);
    }
}
