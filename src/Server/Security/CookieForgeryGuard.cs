using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Security;

/// <summary>
/// A browser sends the sign-in cookie with every request to this site, including one a page of
/// another origin makes it send (a sibling subdomain is the same site, so SameSite does not stop it).
/// Every state-changing request carried by the cookie therefore needs an antiforgery token, in the
/// form field or the <c>X-CSRF-TOKEN</c> header, bodiless POSTs included; so does signing in, so a
/// page cannot sign a visitor into an account of its choosing. Bearer tokens are never sent by a
/// browser on its own, so requests that carry one are left alone.
/// </summary>
public sealed class CookieForgeryGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, IProblemDetailsService problems)
    {
        if (NeedsToken(context) && !await IsValidAsync(context, antiforgery))
        {
            var field = context.Request.HasFormContentType ? options.Value.FormFieldName : options.Value.HeaderName!;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemFactory.Create(StatusCodes.Status400BadRequest, InvalidTokenCode, InvalidTokenText(field, options.Value.HeaderName!), field),
            });
            return;
        }

        await next(context);
    }

    public const string InvalidTokenCode = "antiforgery-token-invalid";

    public static string InvalidTokenText(string field, string header) => Language.Pick(
        $"Yêu cầu thiếu mã chống giả mạo hợp lệ (\"{field}\"); tải lại trang rồi thử lại, hoặc lấy mã tại {AntiforgeryEndpoint.Path} và gửi trong tiêu đề {header}.",
        $"The request lacks a valid antiforgery token (\"{field}\"); reload the page and try again, or get one from {AntiforgeryEndpoint.Path} and send it in the {header} header.");

    private static bool NeedsToken(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return false;
        }

        if (request.CarriesBearerToken())
        {
            return false;
        }

        // Blazor's forms are checked by its own antiforgery middleware, some endpoints check for themselves; the circuit is bound to the page that opened it.
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true } || endpoint?.Metadata.GetMetadata<ChecksAntiforgeryItself>() is not null
            || request.Path.StartsWithSegments("/_blazor"))
        {
            return false;
        }

        return context.User.Identity?.IsAuthenticated == true || request.Path.StartsWithSegments("/account/login");
    }

    public static async Task<bool> IsValidAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (InvalidDataException)
        {
            // An unreadable form carries no token that can be trusted.
            return false;
        }
    }
}
