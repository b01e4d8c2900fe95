using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Testing.Support;

/// <summary>
/// A small OpenID Connect provider served by Kestrel on 127.0.0.1 (a free port), as an electronic
/// identity platform answers a relying party: the discovery document, a JWKS with one RSA key, an
/// authorization endpoint that signs in the configured person at once (no login form) and sends the
/// browser back with a code (in the query, or as a self-posting form for <c>form_post</c>), a token
/// endpoint that exchanges the code once, for the client that asked, with its PKCE verifier, for an
/// RS256 ID token carrying the nonce, and a userinfo endpoint. It refuses what a conformant provider
/// refuses, and it requires state, nonce and PKCE (S256), so a relying party that forgets them fails.
/// </summary>
public sealed class LoopbackOidcProvider : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyId = Guid.NewGuid().ToString("N")[..16];
    private readonly ConcurrentDictionary<string, string> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _accessTokens = new(StringComparer.Ordinal);

    private LoopbackOidcProvider(WebApplication app) => _app = app;

    /// <summary>The issuer and the base of every endpoint, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The claims of the person the next authorization signs in (<c>sub</c> included).</summary>
    public JsonObject Person { get; set; } = new() { ["sub"] = "citizen-1" };

    /// <summary>How many codes were exchanged for tokens: the relying party really called the token endpoint.</summary>
    public int TokensIssued => _tokensIssued;

    private int _tokensIssued;

    public static async Task<LoopbackOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var provider = new LoopbackOidcProvider(app);
        app.Run(provider.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = address.TrimEnd('/').Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return provider;
    }

    /// <summary>A relying party this provider knows, with the secret it authenticates with at the token endpoint.</summary>
    public void RegisterClient(string clientId, string clientSecret) => _clients[clientId] = clientSecret;

    private sealed record Grant(string ClientId, string RedirectUri, string Nonce, string Challenge, JsonObject Person);

    private Task AnswerAsync(HttpContext context) => context.Request.Path.Value switch
    {
        "/.well-known/openid-configuration" => WriteJsonAsync(context, Discovery()),
        "/jwks" => WriteJsonAsync(context, Keys()),
        "/authorize" when HttpMethods.IsGet(context.Request.Method) => AuthorizeAsync(context),
        "/token" when HttpMethods.IsPost(context.Request.Method) => TokenAsync(context),
        "/userinfo" => UserInfoAsync(context),
        _ => ErrorAsync(context, StatusCodes.Status404NotFound, "not_found", "No such endpoint."),
    };

    private JsonObject Discovery() => new()
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = $"{Authority}/authorize",
        ["token_endpoint"] = $"{Authority}/token",
        ["userinfo_endpoint"] = $"{Authority}/userinfo",
        ["jwks_uri"] = $"{Authority}/jwks",
        ["response_types_supported"] = new JsonArray("code"),
        ["response_modes_supported"] = new JsonArray("query", "form_post"),
        ["grant_types_supported"] = new JsonArray("authorization_code"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["code_challenge_methods_supported"] = new JsonArray("S256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email"),
    };

    private JsonObject Keys()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = _keyId,
                ["n"] = Base64Url(parameters.Modulus!), ["e"] = Base64Url(parameters.Exponent!),
            }),
        };
    }

    private async Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        string? Param(string name) => query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        var clientId = Param("client_id");
        var redirectUri = Param("redirect_uri");
        if (clientId is null || !_clients.ContainsKey(clientId) || redirectUri is null || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _))
        {
            // Never redirect to an address of a client not known: answer here.
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "Unknown client or redirect_uri.");
            return;
        }

        var missing = new[] { "state", "nonce", "code_challenge" }.FirstOrDefault(p => Param(p) is null);
        if (Param("response_type") != "code" || !(Param("scope") ?? "").Split(' ').Contains("openid") || Param("code_challenge_method") != "S256" || missing is not null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", $"Needs response_type=code, scope openid, state, nonce and PKCE S256{(missing is null ? "" : $" ({missing} missing)")}.");
            return;
        }

        var code = Base64Url(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new Grant(clientId, redirectUri, Param("nonce")!, Param("code_challenge")!, (JsonObject)Person.DeepClone());
        var answer = new Dictionary<string, string> { ["code"] = code, ["state"] = Param("state")!, ["iss"] = Authority };
        if (Param("response_mode") == "form_post")
        {
            var fields = string.Concat(answer.Select(a => $"<input type=\"hidden\" name=\"{a.Key}\" value=\"{WebUtility.HtmlEncode(a.Value)}\"/>"));
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"<!DOCTYPE html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{WebUtility.HtmlEncode(redirectUri)}\">{fields}<noscript><button>Continue</button></noscript></form></body></html>");
            return;
        }

        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        context.Response.Redirect(redirectUri + separator + string.Join("&", answer.Select(a => $"{a.Key}={Uri.EscapeDataString(a.Value)}")));
    }

    private async Task TokenAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "The token request is a form.");
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(context.Request, form);
        if (clientId is null || !_clients.TryGetValue(clientId, out var expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(secret ?? "")))
        {
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client", "Unknown client or wrong secret.");
            return;
        }

        // A code works once, for the client it was given to, with the same redirect_uri and the verifier of its challenge.
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant) || grant.ClientId != clientId
            || grant.RedirectUri != form["redirect_uri"] || Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.Challenge)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "The code, its redirect_uri or its PKCE verifier does not match.");
            return;
        }

        var accessToken = Base64Url(RandomNumberGenerator.GetBytes(32));
        _accessTokens[accessToken] = grant.Person;
        Interlocked.Increment(ref _tokensIssued);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = (JsonObject)grant.Person.DeepClone();
        claims["iss"] = Authority;
        claims["aud"] = clientId;
        claims["iat"] = now;
        claims["auth_time"] = now;
        claims["exp"] = now + 300;
        claims["nonce"] = grant.Nonce;
        context.Response.Headers.CacheControl = "no-store";
        await WriteJsonAsync(context, new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = Sign(claims),
        });
    }

    private async Task UserInfoAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_accessTokens.TryGetValue(header["Bearer ".Length..], out var person))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_token", "No valid access token.");
            return;
        }

        await WriteJsonAsync(context, person.DeepClone());
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (form["client_id"].FirstOrDefault(), form["client_secret"].FirstOrDefault());
    }

    private string Sign(JsonObject claims)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = _keyId };
        var signed = $"{Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString(Json)))}.{Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString(Json)))}";
        return $"{signed}.{Base64Url(_key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))}";
    }

    private static async Task WriteJsonAsync(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(Json));
    }

    private static Task ErrorAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        return WriteJsonAsync(context, new JsonObject { ["error"] = error, ["error_description"] = description });
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
