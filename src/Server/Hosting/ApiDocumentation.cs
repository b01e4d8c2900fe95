using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Server.Hosting;

/// <summary>The OpenAPI document's title, description and the bearer scheme clients sign in with.</summary>
public sealed class ApiDocumentation : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Hệ thống một cửa — API quy trình thủ tục hành chính / One-stop workflow API",
            Version = "v1",
            Description = "Tiếp nhận, xử lý, theo dõi và kiểm tra hồ sơ thủ tục hành chính. Lỗi trả về theo RFC 7807 (ProblemDetails) với `code`, `detail` và `field`. " +
                          "Tiếng Việt mặc định; gửi `Accept-Language: en` để nhận tiếng Anh. Đăng nhập: `POST /api/auth/token` rồi gửi `Authorization: Bearer <accessToken>`.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Mã truy cập từ POST /api/auth/token / Access token from POST /api/auth/token",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
