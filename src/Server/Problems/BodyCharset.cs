using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Workflow.Server.Problems;

/// <summary>
/// A body whose <c>Content-Type</c> names a charset that is no encoding (<c>charset=utf-7</c>) cannot be
/// read by anyone; the framework's JSON reader would throw on it. An endpoint that reads a body refuses
/// it up front, as a 415 naming the body, as the framework refuses a body of the wrong media type.
/// </summary>
public sealed class BodyCharset(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        if ((request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null
            && MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue
            && !IsEncoding(HeaderUtilities.RemoveQuotes(type.Charset).ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemFactory.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", Localization.Language.Pick(
                    $"Không đọc được dữ liệu theo bảng mã \"{type.Charset}\"; gửi dạng UTF-8 (Content-Type: application/json; charset=utf-8).",
                    $"The body cannot be read in the charset \"{type.Charset}\"; send UTF-8 (Content-Type: application/json; charset=utf-8)."), "body"),
            });
            return;
        }

        await next(context);
    }

    private static bool IsEncoding(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Unknown names throw the one, UTF-7 (disabled in .NET) the other.
            return false;
        }
    }
}
