using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Queries.Postal;
using Workflow.Engine.Queries.Tracking;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Fees;
using Workflow.Engine.Runtime.States;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Citizens;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Desk;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Payments;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// The services around a dossier that citizens use: uploading its papers, paying online, rating
/// the service; and the desk's postal work: returning results by post and the day's postal register.
/// </summary>
public static class CitizenServiceEndpoints
{
    public static void MapCitizenServiceEndpoints(this IEndpointRouteBuilder routes)
    {
        var open = routes.MapGroup("/api/public").WithTags("Công khai / Public").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        // The body may be larger than the server's general limit; the store refuses files over the upload limit with a sentence.
        var uploadLimit = routes.ServiceProvider.GetRequiredService<UploadOptions>().MaxBytes * 2 + 64 * 1024;
        open.MapPost("/uploads", UploadAsync).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(uploadLimit))
            .WithName("Upload").WithSummary("Tải lên một giấy tờ (PDF, JPEG, PNG) / Upload a paper");
        open.MapPost("/rating", RateAsync).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict).WithName("RateDossier").WithSummary("Đánh giá mức độ hài lòng / Rate the service");
        open.MapPost("/payments", StartPaymentAsync).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict).WithName("StartPayment").WithSummary("Thanh toán trực tuyến / Pay online");
        routes.MapPost("/api/payments/gateway/callback", GatewayCallbackAsync).AllowAnonymous()
            .WithTags("Thanh toán / Payments").AlsoRefuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict).WithName("GatewayCallback").WithSummary("Kết quả từ cổng thanh toán (ký HMAC) / The gateway's signed result");

        var desk = routes.MapGroup("/api/desk").WithTags("Một cửa / Desk").RequireAuthorization(Policies.Desk);
        desk.MapPost("/dossiers/{dossierId:guid}/return-by-post", (Guid dossierId, ReturnByPostRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.Waybill, "waybill", 64).SaneDate(request.HandedOverAt, "handedOverAt").That(request.HandedOverAt is not null, "handedOverAt",
                    "Ghi thời điểm ký biên bản bàn giao cho bưu chính.", "Give the time the postal handover record was signed.").ThrowIfInvalid();
                return DeskEndpoints.Run(engine.ReturnByPostAsync(dossierId, request.Waybill!.Trim(), request.HandedOverAt!.Value, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("ReturnByPost").WithSummary("Trả kết quả qua bưu chính / Return the result by post");
        desk.MapPost("/dossiers/{dossierId:guid}/rating", (Guid dossierId, RatingRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                CheckRating(request, requireProof: false);
                return DeskEndpoints.Run(engine.RateAsync(dossierId, request.Level!.Value, request.Reason, "desk", user.Actor(), ct));
            })
            .WithName("RecordRating").WithSummary("Ghi nhận đánh giá tại quầy / Record a rating at the desk");
        desk.MapGet("/postal-register", async Task<Ok<PostalRegister>> (string unitId, DateOnly day, PostalRegisterQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(unitId, "unitId", InputLimits.Id).SaneDate(day, "day").ThrowIfInvalid();
                await scope.RequireMemberOfAsync(user, unitId, ct);
                return TypedResults.Ok(await query.ForDayAsync(unitId, day, ct));
            })
            .WithName("PostalRegister").WithSummary("Sổ giao nhận bưu chính trong ngày / The day's postal handover register");
    }

    private static async Task<Created<UploadReceipt>> UploadAsync(IFormFile? file, UploadStore store, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            throw ApiProblemException.Invalid("file-required", Language.Pick("Chọn một tệp để tải lên (trường \"file\").", "Choose a file to upload (field \"file\")."), "file");
        }

        await using var stream = file.OpenReadStream();
        var receipt = await store.SaveAsync(stream, file.FileName, cancellationToken);
        return TypedResults.Created($"/api/public/uploads/{receipt.Id}", receipt);
    }

    private static async Task<Ok<Contracts.Common.CommandOutcome>> RateAsync(RatingRequest request, TrackingQuery tracking, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        CheckRating(request, requireProof: true);
        var holder = await tracking.ProveHolderAsync(request.Code!, request.Secret!, cancellationToken) ?? throw NotHeld();
        return await DeskEndpoints.Run(engine.RateAsync(holder.Id, request.Level!.Value, request.Reason, "online", Actor.Citizen(holder.ApplicantName), cancellationToken));
    }

    private static async Task<Ok<GatewayPayment>> StartPaymentAsync(StartPaymentRequest request, TrackingQuery tracking, WorkflowEngine engine, IServiceProvider services, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .Required(request.Code, "code", InputLimits.DossierCode)
            .Required(request.Secret, "secret", InputLimits.Secret)
            .Range(request.Amount, "amount", 1, 100_000_000_000m)
            .Required(request.ReturnUrl, "returnUrl", 500)
            .That(Uri.TryCreate(request.ReturnUrl, UriKind.Absolute, out _), "returnUrl", "Địa chỉ quay lại không hợp lệ.", "The return address is not a URL.")
            .ThrowIfInvalid();
        var gateway = services.GetService<IPaymentGateway>()
            ?? throw ApiProblemException.Conflict("no-gateway", Language.Pick(
                "Chưa có cổng thanh toán trực tuyến; mời nộp tại Bộ phận một cửa hoặc chuyển khoản theo hướng dẫn.",
                "No online payment gateway is configured; pay at the desk or by bank transfer as instructed."));
        var holder = await tracking.ProveHolderAsync(request.Code!, request.Secret!, cancellationToken) ?? throw NotHeld();
        var payment = await gateway.StartAsync(request.Code!.Trim().ToUpperInvariant(), request.Amount!.Value, $"Hồ sơ {request.Code}", new Uri(request.ReturnUrl!), cancellationToken);
        await engine.RecordPaymentAsync(holder.Id, PaymentMethod.Gateway, request.Amount.Value, payment.Reference, Actor.Citizen(holder.ApplicantName), cancellationToken: cancellationToken);
        return TypedResults.Ok(payment);
    }

    private static async Task<Ok<Contracts.Common.CommandOutcome>> GatewayCallbackAsync(GatewayCallback callback, GatewayOptions options, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        new RequestCheck().Required(callback.Reference, "reference", InputLimits.Reference).Required(callback.Signature, "signature", 128).ThrowIfInvalid();
        if (!options.IsConfigured || !CallbackSignature.Verify(options.Secret!, callback.Reference!, callback.Succeeded, callback.Signature))
        {
            throw ApiProblemException.Forbidden("bad-signature", Language.Pick("Chữ ký của cổng thanh toán không đúng.", "The gateway's signature does not verify."));
        }

        return await DeskEndpoints.Run(engine.GatewayPaymentResultAsync(callback.Reference!, callback.Succeeded, cancellationToken));
    }

    private static void CheckRating(RatingRequest request, bool requireProof)
    {
        var check = new RequestCheck();
        if (requireProof)
        {
            check.Required(request.Code, "code", InputLimits.DossierCode).Required(request.Secret, "secret", InputLimits.Secret);
        }

        check.That(request.Level is not null, "level", "Chọn mức độ hài lòng: very-satisfied, satisfied hoặc not-satisfied.", "Choose very-satisfied, satisfied or not-satisfied.")
            .MaxLength(request.Reason, "reason", InputLimits.Note)
            .ThrowIfInvalid();
    }

    private static ApiProblemException NotHeld() =>
        ApiProblemException.NotFound("dossier-not-found", Language.Pick("Không tìm thấy hồ sơ với mã và mã bí mật đã nhập.", "No dossier matches that code and secret."), "code");
}
