using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Queries.Feedback;
using Workflow.Engine.Queries.Tracking;
using Workflow.Engine.Runtime.Feedback;
using Workflow.Engine.Runtime.States;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Citizens;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Citizens' feedback and recommendations: filed publicly, followed with a code and secret,
/// answered by the unit it is assigned to within its own deadline, and published when useful.
/// </summary>
public static class FeedbackEndpoints
{
    public static void MapFeedbackEndpoints(this IEndpointRouteBuilder routes)
    {
        var open = routes.MapGroup("/api/public/feedback").WithTags("Phản ánh, kiến nghị / Feedback").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        open.MapPost("", SubmitAsync).WithName("SubmitFeedback").WithSummary("Gửi phản ánh, kiến nghị / Send feedback");
        open.MapPost("/track", TrackAsync).AlsoRefuses(StatusCodes.Status404NotFound).WithName("TrackFeedback").WithSummary("Tra cứu phản ánh bằng mã và mã bí mật / Follow feedback");
        open.MapGet("/answers", async Task<Ok<IReadOnlyList<FeedbackView>>> (FeedbackQuery query, CancellationToken ct) => TypedResults.Ok(await query.PublishedAsync(ct)))
            .WithName("PublishedAnswers").WithSummary("Các trả lời được công khai / Published answers");

        var officers = routes.MapGroup("/api/feedback").WithTags("Phản ánh, kiến nghị / Feedback").RequireAuthorization(Policies.Officer);
        officers.MapGet("", async Task<Ok<IReadOnlyList<FeedbackView>>> (FeedbackQuery query, ClaimsPrincipal user, CancellationToken ct, bool open = true) =>
                TypedResults.Ok(await query.ForOfficerAsync(user.OfficerId(), open, ct)))
            .WithName("FeedbackInbox").WithSummary("Phản ánh giao cho đơn vị của tôi / Feedback for my units");
        officers.MapPost("/{feedbackId:guid}/answer", async Task<NoContent> (Guid feedbackId, FeedbackAnswerRequest request, FeedbackService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.Answer, "answer", 8000).ThrowIfInvalid();
                await service.AnswerAsync(feedbackId, request.Answer!, request.Publish, user.Actor(), ct);
                return TypedResults.NoContent();
            })
            .WithName("AnswerFeedback").WithSummary("Trả lời phản ánh / Answer feedback");

        var admin = routes.MapGroup("/api/admin/feedback").WithTags("Quản trị / Administration").RequireAuthorization(Policies.Administrator);
        admin.MapPost("/{feedbackId:guid}/assign", async Task<NoContent> (Guid feedbackId, FeedbackAssignRequest request, FeedbackService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.UnitId, "unitId", InputLimits.Id).ThrowIfInvalid();
                await service.AssignAsync(feedbackId, request.UnitId!, user.Actor(), ct);
                return TypedResults.NoContent();
            })
            .WithName("AssignFeedback").WithSummary("Giao phản ánh cho đơn vị / Assign feedback to a unit");
    }

    private static async Task<Created<FeedbackReceipt>> SubmitAsync(FeedbackRequest request, FeedbackService service, TrackingQuery tracking, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .That(request.Kind is not null, "kind", "Chọn loại: report (phản ánh) hoặc recommendation (kiến nghị).", "Choose report or recommendation.")
            .Required(request.Subject, "subject", 500)
            .Required(request.Content, "content", 8000)
            .Required(request.SubmitterName, "submitterName", InputLimits.Name)
            .MaxLength(request.SubmitterEmail, "submitterEmail", InputLimits.Email)
            .MaxLength(request.SubmitterPhone, "submitterPhone", InputLimits.Phone)
            .MaxLength(request.ProcedureId, "procedureId", InputLimits.Id)
            .MaxLength(request.DossierCode, "dossierCode", InputLimits.DossierCode)
            .MaxLength(request.DossierSecret, "dossierSecret", InputLimits.Secret)
            .ThrowIfInvalid();
        await RequireDossierProofAsync(request, tracking, cancellationToken);
        var receipt = await service.SubmitAsync(new SubmitFeedback(request.Kind!.Value, request.Subject!, request.Content!, request.SubmitterName!,
            request.SubmitterEmail, request.SubmitterPhone, request.ProcedureId, request.DossierCode?.Trim().ToUpperInvariant()), cancellationToken);
        return TypedResults.Created("/api/public/feedback/track", receipt);
    }

    /// <summary>
    /// Anyone may send feedback, so naming a dossier needs its secret as tracking does; an unknown
    /// code and a wrong secret get one answer, and the endpoint cannot be used to find which codes exist.
    /// </summary>
    private static async Task RequireDossierProofAsync(FeedbackRequest request, TrackingQuery tracking, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DossierCode))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(request.DossierSecret)
            || await tracking.ProveHolderAsync(request.DossierCode, request.DossierSecret.Trim(), cancellationToken) is null)
        {
            throw ApiProblemException.Invalid("dossier-not-matched", Language.Pick(
                "Không tìm thấy hồ sơ với mã và mã bí mật đã nhập; kiểm tra lại giấy tiếp nhận, hoặc gửi phản ánh không kèm mã hồ sơ.",
                "No dossier matches that code and secret; check the receipt, or send the feedback without a dossier code."), "dossierCode");
        }
    }

    private static async Task<Ok<FeedbackView>> TrackAsync(FeedbackTrackRequest request, FeedbackQuery query, CancellationToken cancellationToken)
    {
        new RequestCheck().Required(request.Code, "code", 32).Required(request.Secret, "secret", InputLimits.Secret).ThrowIfInvalid();
        return TypedResults.Ok(await query.TrackAsync(request.Code!, request.Secret!, cancellationToken)
            ?? throw ApiProblemException.NotFound("feedback-not-found", Language.Pick("Không tìm thấy phản ánh với mã và mã bí mật đã nhập.", "No feedback matches that code and secret."), "code"));
    }
}
