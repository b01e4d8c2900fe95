using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Desk;
using Workflow.Server.Contracts.Tasks;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// The one-stop desk: receive a dossier, decide on one submitted online or by post, record the
/// citizen's supplement, payment or withdrawal, and return the result. The engine checks that the
/// caller is a desk officer of the dossier's receiving unit.
/// </summary>
public static class DeskEndpoints
{
    public static void MapDeskEndpoints(this IEndpointRouteBuilder routes)
    {
        var desk = routes.MapGroup("/api/desk/dossiers").WithTags("Một cửa / Desk").RequireAuthorization(Policies.Desk);

        desk.MapPost("", ReceiveAsync).AlsoRefuses(StatusCodes.Status404NotFound).WithName("ReceiveDossier").WithSummary("Tiếp nhận hồ sơ / Receive a dossier");

        desk.MapPost("/{dossierId:guid}/accept", (Guid dossierId, VersionedRequest? request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
                Run(engine.AcceptAsync(dossierId, user.Actor(), request?.ExpectedVersion, ct)))
            .WithName("AcceptDossier").WithSummary("Tiếp nhận hồ sơ nộp trực tuyến / qua bưu chính / Accept a submitted dossier");

        desk.MapPost("/{dossierId:guid}/ask-to-complete", (Guid dossierId, AskToCompleteRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().MaxCount(request.Missing, "missing", InputLimits.Missing).EachMaxLength(request.Missing, "missing", InputLimits.ListItem)
                    .MaxLength(request.Reason, "reason", InputLimits.Reason).ThrowIfInvalid();
                return Run(engine.AskToCompleteAsync(dossierId, request.Missing ?? [], request.Reason, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("AskToComplete").WithSummary("Yêu cầu hoàn thiện hồ sơ / Ask to complete the dossier");

        desk.MapPost("/{dossierId:guid}/refuse", (Guid dossierId, ReasonRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                CheckReason(request);
                return Run(engine.RefuseIntakeAsync(dossierId, request.Reason ?? "", user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("RefuseDossier").WithSummary("Từ chối tiếp nhận / Refuse at intake");

        desk.MapPost("/{dossierId:guid}/resubmit", (Guid dossierId, DocumentsRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Documents(request.Documents).ThrowIfInvalid();
                return Run(engine.ResubmitAsync(dossierId, CommandOutcomes.Documents(request.Documents), user.Actor(), ct));
            })
            .WithName("ResubmitDossier").WithSummary("Nhận hồ sơ đã hoàn thiện / Take a completed dossier back");

        desk.MapPost("/{dossierId:guid}/supplement-received", (Guid dossierId, DocumentsRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Documents(request.Documents).MaxLength(request.Note, "note", InputLimits.Note).ThrowIfInvalid();
                return Run(engine.SupplementReceivedAsync(dossierId, CommandOutcomes.Documents(request.Documents), request.Note, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("SupplementReceived").WithSummary("Ghi nhận hồ sơ bổ sung / Record a supplement");

        desk.MapPost("/{dossierId:guid}/withdraw", (Guid dossierId, ReasonRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                CheckReason(request);
                return Run(engine.WithdrawAsync(dossierId, request.Reason ?? "", user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("WithdrawDossier").WithSummary("Ghi nhận công dân rút hồ sơ / Record a withdrawal");

        desk.MapPost("/{dossierId:guid}/return-result", ReturnResultAsync)
            .WithName("ReturnResult").WithSummary("Trả kết quả cho công dân / Return the result");

        // Fees and obligations may be confirmed by the desk or by an officer of a handling unit (e.g. the tax office).
        routes.MapPost("/api/desk/dossiers/{dossierId:guid}/payment", (Guid dossierId, PaymentRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.Reference, "reference", InputLimits.Reference).ThrowIfInvalid();
                var method = request.Method ?? Workflow.Engine.Runtime.States.PaymentMethod.Desk;
                if (method == Workflow.Engine.Runtime.States.PaymentMethod.Gateway)
                {
                    throw new Workflow.Engine.Runtime.Errors.WorkflowException(Workflow.Engine.Runtime.Errors.WorkflowErrorKind.Invalid, "gateway-by-officer",
                        "Cán bộ ghi nhận nộp tiền tại quầy hoặc chuyển khoản; thanh toán qua cổng do cổng xác nhận.",
                        "Officers record desk or bank-transfer payments; gateway payments are confirmed by the gateway.", "method");
                }

                return Run(engine.RecordPaymentAsync(dossierId, method, request.Amount ?? 0, request.Reference!.Trim(), user.Actor(), request.FeeId, request.Description, request.ExpectedVersion, ct));
            })
            .WithTags("Một cửa / Desk").RequireAuthorization(Policies.PaymentRecorder)
            .WithName("RecordPayment").WithSummary("Xác nhận đã nộp phí, lệ phí, nghĩa vụ tài chính / Record a payment");
    }

    private static async Task<Created<ReceiveOutcome>> ReceiveAsync(ReceiveDossierRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .Required(request.ProcedureId, "procedureId", InputLimits.Id)
            .Required(request.ReceivingUnitId, "receivingUnitId", InputLimits.Id)
            .Applicant(request.Applicant)
            .Documents(request.Documents)
            .Data(request.Data)
            .SaneDate(request.FiledAt, "filedAt")
            .MaxLength(request.Note, "note", InputLimits.Note)
            .MaxLength(request.Reason, "reason", InputLimits.Reason)
            .MaxCount(request.Missing, "missing", InputLimits.Missing)
            .EachMaxLength(request.Missing, "missing", InputLimits.ListItem)
            .That(request.Channel != Engine.Definitions.Model.Channel.Online, "channel",
                "Hồ sơ trực tuyến do công dân tự nộp qua cổng dịch vụ công; tại quầy chọn kênh desk hoặc post.",
                "Online dossiers are filed by citizens through the public portal; at the desk choose the desk or post channel.")
            .Postal(request)
            .ThrowIfInvalid();
        var byPost = request.Channel == Engine.Definitions.Model.Channel.Post;
        var result = await engine.ReceiveAsync(new ReceiveDossier(request.ProcedureId!.Trim(), request.Channel, request.ReceivingUnitId!.Trim(),
            CommandOutcomes.Applicant(request.Applicant!), CommandOutcomes.Data(request.Data), CommandOutcomes.Documents(request.Documents),
            request.Sets, request.Note, request.Decision, request.Reason, request.Missing,
            byPost ? request.FiledAt : null, byPost ? request.Waybill!.Trim() : null), user.Actor(), cancellationToken);
        return TypedResults.Created($"/api/dossiers/{result.DossierId}", CommandOutcomes.From(result));
    }

    /// <summary>Returning the result is completing the open return-phase task of the dossier.</summary>
    private static async Task<Ok<CommandOutcome>> ReturnResultAsync(Guid dossierId, ReturnResultRequest? request, ReturnTaskLookup lookup, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        request ??= new ReturnResultRequest();
        new RequestCheck().MaxLength(request.OutcomeId, "outcomeId", InputLimits.Id).MaxLength(request.Comment, "comment", InputLimits.Reason).ThrowIfInvalid();
        var task = await lookup.FindAsync(dossierId, cancellationToken)
            ?? throw ApiProblemException.Conflict("no-result-to-return", Language.Pick(
                "Hồ sơ không có kết quả đang chờ trả (không ở trạng thái 9, hoặc không tồn tại).",
                "The dossier has no result waiting to be returned (it is not at status 9, or does not exist)."), "dossierId");
        var outcome = request.OutcomeId ?? (task.OutcomeIds.Count == 1 ? task.OutcomeIds[0] : throw ApiProblemException.Invalid("outcome-required", Language.Pick(
            $"Bước trả kết quả có nhiều lựa chọn ({string.Join(", ", task.OutcomeIds)}); chọn một.",
            $"The return step offers several outcomes ({string.Join(", ", task.OutcomeIds)}); choose one."), "outcomeId"));
        return await Run(engine.CompleteAsync(new CompleteTask(task.WorkItemId, outcome, request.Comment, null, request.ExpectedVersion), user.Actor(), cancellationToken));
    }

    private static void CheckReason(ReasonRequest request) =>
        new RequestCheck().Required(request.Reason, "reason", InputLimits.Reason).ThrowIfInvalid();

    internal static async Task<Ok<CommandOutcome>> Run(Task<CommandResult> command) => TypedResults.Ok(CommandOutcomes.From(await command));
}
