using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>
/// Documents on every operation the refusals it can really give, each as a <see cref="ProblemSchema"/>
/// problem: inferred from the endpoint's shape (inputs, sign-in, state change, rate limit) as the
/// pipeline in <c>Problems/</c> and <c>Security/</c> answers them, and the ones an endpoint declares (<see cref="DocumentedRefusals"/>).
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var shape = EndpointShape.Of(operation, context);
        operation.Responses ??= new OpenApiResponses();
        foreach (var status in Statuses(shape).Order())
        {
            // An answer the endpoint already describes (a health report with 503) stays as it is.
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), Response(status, context.Document!));
        }

        return Task.CompletedTask;
    }

    public static ISet<int> Statuses(EndpointShape shape)
    {
        var statuses = new HashSet<int>();
        // Unreadable or invalid inputs; with the cookie, a state change without its antiforgery token.
        if (shape.HasParameters || shape.HasBody || (shape.ChangesState && shape.RequiresSignIn))
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        // Not signed in; or, anywhere, a bearer token of a sign-in that has ended (signed out, disabled, roles changed).
        statuses.Add(StatusCodes.Status401Unauthorized);
        if (shape.RequiresSignIn)
        {
            // Signed in without the role, or outside the dossier's unit.
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (shape.HasPathParameters)
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        if (shape.ChangesState && shape.RequiresSignIn)
        {
            // The dossier's state forbids it, or someone acted first.
            statuses.Add(StatusCodes.Status409Conflict);
        }

        if (shape.ChangesState)
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
        }

        if (shape.HasBody)
        {
            statuses.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        if (shape.IsRateLimited)
        {
            statuses.Add(StatusCodes.Status429TooManyRequests);
        }

        statuses.Add(StatusCodes.Status503ServiceUnavailable);
        statuses.UnionWith(shape.AlsoRefuses);
        return statuses;
    }

    private static OpenApiResponse Response(int status, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = Description(status),
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [ProblemSchema.MediaType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema.Name, document) },
            },
        };
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Số giây nên đợi trước khi thử lại / Seconds to wait before trying again",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                },
            };
        }

        return response;
    }

    private static string Description(int status) => status switch
    {
        400 => "Dữ liệu không hợp lệ hoặc không đọc được; `field` và `errors` chỉ ra dữ liệu sai (với cookie: thiếu mã chống giả mạo) / Invalid or unreadable input; `field` and `errors` name it (with the cookie: a missing antiforgery token)",
        401 => "Chưa đăng nhập, sai mật khẩu, hoặc gửi kèm một phiên đăng nhập đã kết thúc / Not signed in, a wrong password, or a sign-in that has ended was sent",
        403 => "Tài khoản không có vai trò cần thiết hoặc không công tác tại đơn vị của hồ sơ / The account lacks the role, or does not work for the dossier's unit",
        404 => "Không có tài nguyên được nêu; `field` chỉ ra mã không tìm thấy / What was named does not exist; `field` names the id not found",
        409 => "Trạng thái hiện tại không cho phép, hoặc người khác đã thay đổi trước (`winner`, `wonAt`) / The current state does not allow it, or someone changed it first (`winner`, `wonAt`)",
        413 => "Dữ liệu gửi lên vượt quá giới hạn (field: body) / The body is over the size limit (field: body)",
        415 => "Định dạng dữ liệu không được nhận (field: body) / The body's media type is not accepted (field: body)",
        429 => "Quá nhiều yêu cầu từ địa chỉ này; đợi theo Retry-After / Too many requests from this address; wait as Retry-After says",
        503 => "Cơ sở dữ liệu tạm thời không sẵn sàng, chưa có gì được lưu; thử lại theo Retry-After / The database is briefly unavailable and nothing was saved; retry as Retry-After says",
        _ => "Yêu cầu không thực hiện được / The request could not be carried out",
    };
}
