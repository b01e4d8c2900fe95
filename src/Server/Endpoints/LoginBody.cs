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

    /// <summary>
    /// Read as the framework reads a bound body (its JSON options, the request's charset). Another media
    /// type never gets here (the endpoint's Accepts metadata answers 415) and neither does a charset that
    /// is no encoding (BodyCharset answers 415), so only unreadable JSON is left to refuse.
    /// </summary>
    public static async Task<LoginRequest> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFromJsonAsync<LoginRequest>(context.RequestAborted) ?? new LoginRequest(null, null);
        }
        catch (JsonException ex)
        {
            // The exception handler names the field from the JSON path, as for bodies the framework binds.
            throw new BadHttpRequestException("The JSON body cannot be read.", StatusCodes.Status400BadRequest, ex);
        }
    }
}
