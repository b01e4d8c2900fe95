using System.Text.Json;
using Workflow.Server.Contracts.Accounts;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Reads the cookie sign-in's body, which the endpoint reads itself because it takes a form or JSON.
/// Whatever arrives (not JSON, not an object, nested too deep, a number for a name, too many form
/// fields) is refused as the framework refuses a bound body: 4xx naming the field, never a 500.
/// </summary>
public static class LoginBody
{
    public static async Task<IFormCollection> ReadFormAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            throw ApiProblemException.Invalid("malformed-form", Language.Pick(
                "Biểu mẫu đăng nhập không đọc được (quá nhiều trường hoặc sai định dạng); tải lại trang đăng nhập rồi thử lại.",
                "The sign-in form cannot be read (too many fields or a wrong format); reload the sign-in page and try again."), "body");
        }
    }

    /// <summary>Read as the framework reads a bound body (its JSON options, the request's charset).</summary>
    public static async Task<LoginRequest> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFromJsonAsync<LoginRequest>(context.RequestAborted) ?? new LoginRequest(null, null);
        }
        catch (InvalidOperationException)
        {
            // What ReadFromJsonAsync throws for a content type that is not JSON or a charset that is no encoding.
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", Language.Pick(
                "Gửi tên đăng nhập và mật khẩu dạng JSON (Content-Type: application/json) hoặc biểu mẫu.",
                "Send the user name and password as JSON (Content-Type: application/json) or as a form."), "body");
        }
        catch (JsonException ex)
        {
            // The exception handler names the field from the JSON path, as for bodies the framework binds.
            throw new BadHttpRequestException("The JSON body cannot be read.", StatusCodes.Status400BadRequest, ex);
        }
    }
}
