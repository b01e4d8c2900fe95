using Microsoft.OpenApi;
using Workflow.Server.Authentication;
using Workflow.Server.Security;

namespace Workflow.Server.OpenApi;

/// <summary>
/// The ways the server really accepts a signed-in request: a bearer token, or the sign-in cookie;
/// with the cookie, a state-changing request also carries the antiforgery token in its header.
/// </summary>
public static class SignInSchemes
{
    public const string Bearer = "Bearer";
    public const string Cookie = "Cookie";
    public const string Antiforgery = "Antiforgery";
    public const string CitizenCookie = "CitizenCookie";

    public static Dictionary<string, IOpenApiSecurityScheme> All => new(StringComparer.Ordinal)
    {
        [Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Mã truy cập từ POST /api/auth/token (hết hạn sau 1 giờ; làm mới bằng POST /api/auth/refresh). / Access token from POST /api/auth/token (expires after an hour; refresh with POST /api/auth/refresh).",
        },
        [Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AuthenticationSchemes.SignInCookie,
            Description = "Cookie đăng nhập do POST /account/login đặt (dùng cho các trang). / The sign-in cookie POST /account/login sets (used by the pages).",
        },
        [CitizenCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AuthenticationSchemes.CitizenCookie,
            Description = "Cookie phiên của công dân, đặt sau khi đăng nhập bằng định danh điện tử tại GET /citizen/login; không mở được trang, API nào của cán bộ. / " +
                          "The citizen's session cookie, set after signing in with an electronic identity at GET /citizen/login; it opens no officer page or API.",
        },
        [Antiforgery] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = SecuritySetup.AntiforgeryHeader,
            Description = $"Mã chống giả mạo từ GET {AntiforgeryEndpoint.Path} (hỏi lại sau khi đăng nhập), bắt buộc cùng cookie cho mọi yêu cầu thay đổi dữ liệu. / " +
                          $"The antiforgery token from GET {AntiforgeryEndpoint.Path} (ask again after signing in), required with the cookie on every state-changing request.",
        },
    };
}
