using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Newtonsoft.Json;
using Workflow.Designer.Interchange;
using Workflow.Server.Authorization;
using Workflow.Server.Designer;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// The standard process formats: any procedure version downloaded as BPMN 2.0 (with the designer's
/// layout) or as an Elsa 3 workflow (one way), for analysts and auditors; a BPMN file imported as
/// the next draft of its procedure, for analysts (cookie clients send the antiforgery header).
/// </summary>
public static class ProcessFormatEndpoints
{
    public static void MapProcessFormatEndpoints(this IEndpointRouteBuilder routes)
    {
        var procedures = routes.MapGroup("/api/designer/procedures").WithTags("Thiết kế quy trình / Designer");

        procedures.MapGet("/{procedureId}/versions/{version:int}/bpmn", async Task<FileContentHttpResult> (string procedureId, int version, ProcessFormatInterchange interchange, CancellationToken ct) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await Refusing(() => interchange.ExportBpmnAsync(procedureId, version, ct))), "application/xml", $"{procedureId}-v{version}.bpmn"))
            .RequireAuthorization(Policies.ProcessExport)
            .Produces<string>(contentType: "application/xml")
            .AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ExportBpmn").WithSummary("Tải phiên bản dưới dạng BPMN 2.0 (kèm sơ đồ) / Download a version as BPMN 2.0 with its diagram");

        procedures.MapGet("/{procedureId}/versions/{version:int}/elsa", async Task<FileContentHttpResult> (string procedureId, int version, ProcessFormatInterchange interchange, CancellationToken ct) =>
            {
                var workflow = await Refusing(() => interchange.ExportElsaAsync(procedureId, version, ct));
                return TypedResults.File(Encoding.UTF8.GetBytes(workflow.ToString(Formatting.Indented)), "application/json", $"{procedureId}-v{version}.elsa.json");
            })
            .RequireAuthorization(Policies.ProcessExport)
            .Produces<JsonElement>(contentType: "application/json")
            .AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ExportElsa").WithSummary("Tải phiên bản dưới dạng quy trình Elsa 3 (một chiều) / Download a version as an Elsa 3 workflow (one way)");

        procedures.MapPost("/import/bpmn", async Task<Created<BpmnImportReport>> (HttpRequest request, ProcessFormatInterchange interchange, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var xml = await reader.ReadToEndAsync(ct);
                var draft = await Refusing(() => interchange.ImportBpmnAsync(xml, Language.Current, ct));
                return TypedResults.Created($"/api/designer/procedures/{draft.ProcedureId}/versions/{draft.Version}",
                    new BpmnImportReport(draft.ProcedureId, draft.Version, draft.Unmapped, ValidationReport.Of(draft.Problems)));
            })
            .RequireAuthorization(Policies.Analyst)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(BpmnImporter.MaxFileLength))
            .Accepts<string>("application/xml", "text/xml")
            .AlsoRefuses(StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge)
            .WithName("ImportBpmn").WithSummary("Nhập tệp BPMN 2.0 thành bản nháp / Import a BPMN 2.0 file as a draft")
            .WithDescription("Bản nháp là phiên bản tiếp theo của thủ tục ghi trong tệp (v1 nếu thủ tục mới). Tệp không phải XML, không phải BPMN, có DTD hay quá 2 MB bị từ chối (400/413, trường body). / The draft is the next version of the file's procedure (v1 for a new one). A file that is not XML or not BPMN, declares a DTD, or is over 2 MB is refused (400/413, field body).");
    }

    /// <summary>Unreadable files, and the workspace's refusals (as the editor gives them), as ProblemDetails naming the member at fault.</summary>
    private static async Task<T> Refusing<T>(Func<Task<T>> action)
    {
        try
        {
            return await ProceduresEditor.Refusing(action);
        }
        catch (BpmnImportException ex)
        {
            throw ex.TooLarge
                ? new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "bpmn-too-large", ex.Message, "body")
                : ApiProblemException.Invalid("invalid-bpmn", ex.Message, "body");
        }
    }
}
