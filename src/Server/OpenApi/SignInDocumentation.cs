using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Workflow.Server.Contracts.Accounts;
using Workflow.Server.Security;

namespace Workflow.Server.OpenApi;

/// <summary>
/// The cookie sign-in and sign-out answer in two ways, as <c>AccountEndpoints</c> does: a posted form
/// (the sign-in page) is redirected, a JSON body (a script) gets JSON or 204. Both need the
/// antiforgery token, so a page of another site can neither sign a visitor in nor out.
/// </summary>
public static class SignInDocumentation
{
    public static async Task DescribeCookieLoginAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var formField = FormFieldName(context);
        operation.Description =
            $"JSON (`application/json`): trả về tài khoản đã đăng nhập và đặt cookie; gửi mã chống giả mạo trong tiêu đề `{SecuritySetup.AntiforgeryHeader}`. " +
            $"Biểu mẫu (`application/x-www-form-urlencoded`, trang đăng nhập): đặt cookie rồi chuyển tới `returnUrl` (đường dẫn trong trang) hoặc `/`; mã chống giả mạo trong trường `{formField}`. " +
            $"Lấy mã tại `GET {AntiforgeryEndpoint.Path}`. / " +
            $"JSON (`application/json`): answers with the signed-in account and sets the cookie; send the antiforgery token in the `{SecuritySetup.AntiforgeryHeader}` header. " +
            $"Form (`application/x-www-form-urlencoded`, the sign-in page): sets the cookie and redirects to `returnUrl` (a path on this site) or `/`; the antiforgery token goes in the `{formField}` field. " +
            $"Get the token from `GET {AntiforgeryEndpoint.Path}`.";
        if (operation.RequestBody?.Content is { } content)
        {
            content[FormMediaType] = new OpenApiMediaType { Schema = LoginForm(formField) };
        }

        operation.Responses ??= new OpenApiResponses();
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "Thân JSON: đã đăng nhập, cookie được đặt / JSON body: signed in, the cookie is set",
            Headers = CookieHeader(),
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = await ComponentAsync<SignedInUser>(context, cancellationToken) },
            },
        };
        operation.Responses["302"] = Redirect("Biểu mẫu: đã đăng nhập, chuyển tới returnUrl hoặc / / Form: signed in, redirected to returnUrl or /", withCookie: true);
    }

    public static Task DescribeCookieLogoutAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Description =
            $"Xóa cookie đăng nhập. Khi đang đăng nhập bằng cookie, gửi mã chống giả mạo (tiêu đề `{SecuritySetup.AntiforgeryHeader}` hoặc trường `{FormFieldName(context)}`). / " +
            $"Clears the sign-in cookie. When signed in by cookie, send the antiforgery token (the `{SecuritySetup.AntiforgeryHeader}` header or the `{FormFieldName(context)}` field).";
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.Remove("200");
        operation.Responses["204"] = new OpenApiResponse { Description = "Không phải biểu mẫu: đã đăng xuất / Not a form: signed out" };
        operation.Responses["302"] = Redirect("Biểu mẫu: đã đăng xuất, chuyển về / / Form: signed out, redirected to /", withCookie: false);
        return Task.CompletedTask;
    }

    /// <summary>The type's schema as a shared component, as the generator makes it for the operations that return it.</summary>
    private static async Task<IOpenApiSchema> ComponentAsync<T>(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var name = typeof(T).Name;
        if (document.Components?.Schemas?.ContainsKey(name) != true)
        {
            document.AddComponent(name, await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken));
        }

        return new OpenApiSchemaReference(name, document);
    }

    private const string FormMediaType = "application/x-www-form-urlencoded";

    private static string FormFieldName(OpenApiOperationTransformerContext context) =>
        context.ApplicationServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;

    private static OpenApiSchema LoginForm(string formField) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["userName"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["password"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "password" },
            ["returnUrl"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Đường dẫn trong trang để quay lại / A path on this site to go back to" },
            [formField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Mã chống giả mạo / The antiforgery token" },
        },
    };

    private static OpenApiResponse Redirect(string description, bool withCookie)
    {
        var headers = withCookie ? CookieHeader() : new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        headers["Location"] = new OpenApiHeader { Description = "Đường dẫn trong trang / A path on this site", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        return new OpenApiResponse { Description = description, Headers = headers };
    }

    private static Dictionary<string, IOpenApiHeader> CookieHeader() => new(StringComparer.Ordinal)
    {
        ["Set-Cookie"] = new OpenApiHeader { Description = "Cookie đăng nhập (HttpOnly, SameSite=Strict) / The sign-in cookie (HttpOnly, SameSite=Strict)", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
    };
}
