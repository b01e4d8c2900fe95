using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Designer;
using Workflow.Server.Designer;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// The analysts' API over <c>procedures/</c>: versions, their JSON text, drafts, validation,
/// publication and new versions. Definition text is sent and returned as-is, so line and column
/// numbers of problems match what the analyst edits.
/// </summary>
public static class DesignerEndpoints
{
    public static void MapDesignerEndpoints(this IEndpointRouteBuilder routes)
    {
        var designer = routes.MapGroup("/api/designer/procedures").WithTags("Thiết kế quy trình / Designer").RequireAuthorization(Policies.Analyst);

        designer.MapGet("", async Task<Ok<IReadOnlyList<ProcedureListing>>> (ProceduresEditor editor, CancellationToken ct) => TypedResults.Ok(await editor.ListAsync(ct)))
            .WithName("ListProcedureVersions").WithSummary("Thủ tục và mọi phiên bản (nháp, đã ban hành) / Procedures and all their versions");

        designer.MapGet("/{procedureId}/versions/{version:int}", async Task<ContentHttpResult> (string procedureId, int version, ProceduresEditor editor, CancellationToken ct) =>
                TypedResults.Text(await editor.ReadAsync(procedureId, version, ct), "application/json", Encoding.UTF8))
            .Produces<JsonElement>(contentType: "application/json")
            .WithName("ReadProcedureVersion").WithSummary("Nội dung JSON của một phiên bản / A version's JSON");

        designer.MapPut("/{procedureId}/versions/{version:int}", async Task<Ok<SaveReport>> (string procedureId, int version, HttpRequest request, ProceduresEditor editor, CancellationToken ct) =>
                TypedResults.Ok(await editor.SaveDraftAsync(procedureId, version, await ReadTextAsync(request, ct), ct)))
            .Accepts<JsonElement>("application/json")
            .WithName("SaveDraft").WithSummary("Lưu bản nháp (phiên bản đã ban hành không sửa được) / Save a draft");

        designer.MapPost("/{procedureId}/versions/{version:int}/validate", async Task<Ok<ValidationReport>> (string procedureId, int version, HttpRequest request, ProceduresEditor editor, CancellationToken ct) =>
                TypedResults.Ok(await editor.ValidateAsync(procedureId, version, await ReadTextAsync(request, ct), ct)))
            .Accepts<JsonElement>("application/json")
            .WithName("ValidateDefinition").WithSummary("Kiểm tra nội dung mà không lưu / Validate text without saving");

        designer.MapPost("/{procedureId}/versions/{version:int}/publish", async Task<Ok<PublishReport>> (string procedureId, int version, PublishRequest? request, ProceduresEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().SaneDate(request?.EffectiveFrom, "effectiveFrom").ThrowIfInvalid();
                return TypedResults.Ok(await editor.PublishAsync(procedureId, version, request?.EffectiveFrom, user.DisplayName(), ct));
            })
            .AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity)
            .WithName("PublishVersion").WithSummary("Ban hành một phiên bản từ ngày hiệu lực / Publish a version from its effective date")
            .WithDescription("effectiveFrom (yyyy-MM-dd): hôm nay hoặc sau, không trước ngày hiệu lực của phiên bản đã ban hành; 400 nêu trường effectiveFrom nếu không hợp lệ. / Today or later, not before a published version takes effect; otherwise 400 naming effectiveFrom.");

        designer.MapPost("/{procedureId}/versions", async Task<Created<NewVersionReport>> (string procedureId, NewVersionRequest? request, ProceduresEditor editor, CancellationToken ct) =>
            {
                var created = await editor.StartNewVersionAsync(procedureId, request?.FromVersion, ct);
                return TypedResults.Created($"/api/designer/procedures/{procedureId}/versions/{created.Version}", created);
            })
            .WithName("StartNewVersion").WithSummary("Tạo phiên bản mới từ một phiên bản có sẵn / Start a new version");
    }

    private static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
