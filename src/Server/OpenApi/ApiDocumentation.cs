using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>
/// The OpenAPI document's title, description, tags, the ways a client signs in, and the one
/// ProblemDetails schema every refusal uses. Which operation needs which sign-in is said per
/// operation (<see cref="OperationSecurity"/>): there is no document-wide requirement, because
/// the public operations need none.
/// </summary>
public sealed class ApiDocumentation : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Hệ thống một cửa — API quy trình thủ tục hành chính / One-stop workflow API",
            Version = "v1",
            Description = "Tiếp nhận, xử lý, theo dõi và kiểm tra hồ sơ thủ tục hành chính. Lỗi trả về theo RFC 9457 (`application/problem+json`) với `code`, `detail`, `field` và `errors`. " +
                          "Tiếng Việt mặc định; gửi `Accept-Language: en` để nhận tiếng Anh. Đăng nhập: `POST /api/auth/token` rồi gửi `Authorization: Bearer <accessToken>`; " +
                          "hoặc cookie của `POST /account/login`, kèm mã chống giả mạo `X-CSRF-TOKEN` (từ `GET /account/antiforgery`) cho mọi yêu cầu thay đổi dữ liệu. / " +
                          "Receiving, handling, tracking and auditing administrative dossiers. Errors are RFC 9457 problems with `code`, `detail`, `field` and `errors`. " +
                          "Vietnamese by default; send `Accept-Language: en` for English. Sign in with `POST /api/auth/token` and send `Authorization: Bearer <accessToken>`, " +
                          "or with the cookie of `POST /account/login` plus the `X-CSRF-TOKEN` antiforgery token (from `GET /account/antiforgery`) on every state-changing request.",
        };

        // The address the document was asked at (as the forwarded headers make it), without the trailing slash clients would double.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url is { Length: > 1 } url ? url.TrimEnd('/') : server.Url;
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description = ApiTags.Descriptions.GetValueOrDefault(tag.Name ?? "");
        }

        document.Security = null;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = SignInSchemes.All;
        document.AddComponent(ProblemSchema.Name, ProblemSchema.Create(document));
        return Task.CompletedTask;
    }
}
