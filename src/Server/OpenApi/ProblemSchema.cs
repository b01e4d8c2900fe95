using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>
/// The one shape of every refusal (see <c>Problems/</c>): RFC 9457 members, the stable <c>code</c>,
/// the input at fault as <c>field</c> and <c>errors</c>, the <c>traceId</c> to quote, and the members
/// some refusals add (the winner of a concurrent change, a definition's problems).
/// </summary>
public static class ProblemSchema
{
    public const string Name = "ProblemDetails";

    /// <summary>The engine's definition problem, which the designer's refusals list.</summary>
    private const string DefinitionProblem = "Problem";

    public const string MediaType = "application/problem+json";

    public static OpenApiSchema Create(OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Lỗi theo RFC 9457 / An RFC 9457 problem",
        Required = new HashSet<string> { "title", "status", "detail", "code", "instance", "traceId" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = Text("Địa chỉ mô tả loại lỗi / A URI naming the kind of problem"),
            ["title"] = Text("Tên của mã trạng thái, theo ngôn ngữ người đọc / The status's name in the reader's language"),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "Mã trạng thái HTTP / The HTTP status" },
            ["detail"] = Text("Câu nói rõ điều gì sai và cần làm gì / A sentence saying what is wrong and what to do"),
            ["instance"] = Text("Đường dẫn của yêu cầu / The request's path"),
            ["code"] = Text("Mã lỗi ổn định để chương trình xử lý, ví dụ invalid-input, not-found, concurrent-change / A stable code for programs, e.g. invalid-input, not-found, concurrent-change"),
            ["field"] = Text("Dữ liệu gây lỗi, theo đường dẫn JSON đã gửi (applicant.name, data.childName, body) / The input at fault, as the JSON path sent (applicant.name, data.childName, body)"),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Mỗi dữ liệu sai và các câu mô tả (có khi có field) / Each input at fault with its sentences (present with field)",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["traceId"] = Text("Mã theo dõi để báo quản trị viên / The trace id to give the administrator"),
            ["winner"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Với concurrent-change: ai đã thay đổi trước / With concurrent-change: who changed it first" },
            ["wonAt"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time", Description = "Với concurrent-change: lúc nào / With concurrent-change: when" },
            ["problems"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Với định nghĩa thủ tục bị từ chối: từng vấn đề với dòng, cột, đường dẫn JSON / With a refused definition: each problem with line, column and JSON path",
                Items = new OpenApiSchemaReference(DefinitionProblem, document),
            },
        },
        Examples =
        [
            new JsonObject
            {
                ["title"] = "Yêu cầu không hợp lệ",
                ["status"] = 400,
                ["detail"] = "Thiếu \"applicant.name\".",
                ["instance"] = "/api/desk/dossiers",
                ["code"] = "invalid-input",
                ["field"] = "applicant.name",
                ["errors"] = new JsonObject { ["applicant.name"] = new JsonArray("Thiếu \"applicant.name\".") },
                ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            },
        ],
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
