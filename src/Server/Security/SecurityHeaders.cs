namespace Workflow.Server.Security;

/// <summary>
/// Headers that make the browser refuse what the server never sends: scripts from anywhere but this
/// site, inline ones only with the response's nonce (an injected script or a stored file cannot run), content sniffed as another type, and the
/// full address of a page leaking to other sites. The API reference at <c>/api/docs</c> loads its
/// viewer's own inline scripts, so it keeps the other headers but not the script restriction.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy for one response: scripts from this site, and the inline import map carrying <paramref name="nonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var documentation = context.Request.Path.StartsWithSegments("/api/docs");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (!documentation)
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy(ScriptNonce.For(context));
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
