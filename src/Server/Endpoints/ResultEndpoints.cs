using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Queries.Results;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Documents;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;
using Workflow.Server.Security;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Electronic results (Decree 45/2020): generated at the return step, signed with the unit's
/// certificate, delivered the way the citizen chose, revoked by a leader of the issuing unit. Every
/// download checks the file against its recorded hash and its signature, and refuses a revoked or
/// tampered result with a sentence saying why.
/// </summary>
public static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/dossiers/{dossierId:guid}/results").WithTags("Kết quả / Results");
        group.MapGet("", async Task<Ok<IReadOnlyList<ElectronicResultSummary>>> (Guid dossierId, ElectronicResultQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                return TypedResults.Ok(await query.ForDossierAsync(dossierId, Language.Current, ct));
            })
            .RequireAuthorization(Policies.DossierReader).AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ListResults").WithSummary("Kết quả điện tử của hồ sơ / A dossier's electronic results");
        group.MapPost("", async Task<Created<ElectronicResultSummary>> (Guid dossierId, GenerateResultRequest request, ResultIssuer issuer, ElectronicResultQuery query, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.ResultId, "resultId", InputLimits.Id).ThrowIfInvalid();
                var id = await issuer.GenerateAsync(dossierId, request.ResultId!.Trim(), user.Actor(), request.SigningAuthorisationId, ct);
                return TypedResults.Created($"/api/dossiers/{dossierId}/results/{id}/file", await SummaryAsync(query, dossierId, id, ct));
            })
            .RequireAuthorization(Policies.Officer).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("GenerateResult").WithSummary("Lập kết quả từ mẫu ở bước trả kết quả / Generate a result from its template at the result step");
        group.MapPost("/{documentId:guid}/sign", async Task<Ok<ElectronicResultSummary>> (Guid dossierId, Guid documentId, ResultIssuer issuer, ElectronicResultQuery query, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await issuer.SignAsync(dossierId, documentId, user.Actor(), ct);
                return TypedResults.Ok(await SummaryAsync(query, dossierId, documentId, ct));
            })
            .RequireAuthorization(Policies.Officer).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("SignResult").WithSummary("Ký số kết quả bằng chứng thư của đơn vị / Sign a result with the unit's certificate");
        group.MapPost("/deliver", async Task<Ok<CommandResult>> (Guid dossierId, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await engine.DeliverResultsAsync(dossierId, user.Actor(), cancellationToken: ct)))
            .RequireAuthorization(Policies.Officer).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("DeliverResults").WithSummary("Trả kết quả đã ký theo cách công dân chọn / Deliver the signed results the way the citizen chose");
        group.MapPost("/{documentId:guid}/revoke", async Task<Ok<ElectronicResultSummary>> (Guid dossierId, Guid documentId, RevokeResultRequest request, WorkflowEngine engine, ElectronicResultQuery query, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.Reason, "reason", InputLimits.Note).ThrowIfInvalid();
                await engine.RevokeResultAsync(dossierId, documentId, request.Reason!, user.Actor(), ct);
                return TypedResults.Ok(await SummaryAsync(query, dossierId, documentId, ct));
            })
            .RequireAuthorization(Policies.Officer).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("RevokeResult").WithSummary("Thu hồi kết quả (lãnh đạo đơn vị cấp) / Revoke a result (a leader of the issuing unit)");
        group.MapGet("/{documentId:guid}/file", async Task<IResult> (Guid dossierId, Guid documentId, ElectronicResultQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                var check = await query.CheckAsync(documentId, ct);
                return check is null || check.Record.DossierId != dossierId ? throw NotFound(documentId) : File(check, officer: true);
            })
            .RequireAuthorization(Policies.DossierReader).Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf", "text/html", "image/jpeg", "image/png")
            .AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("DownloadResult").WithSummary("Tải kết quả, có kiểm tra chữ ký và hiệu lực / Download a result, its signature and standing checked");

        routes.MapGet("/api/public/results/{token}", async Task<IResult> (string token, ResultDownloadLinks links, ElectronicResultQuery query, CancellationToken ct) =>
            {
                var check = links.Read(token) is { } id ? await query.CheckAsync(id, ct) : null;
                return check is null
                    ? throw ApiProblemException.NotFound("link-expired", Language.Pick(
                        "Liên kết tải kết quả không đúng hoặc đã hết hạn; tra cứu lại hồ sơ bằng mã hồ sơ và mã tra cứu để nhận liên kết mới.",
                        "The download link is wrong or has expired; track the dossier again with its code and secret for a new link."), "token")
                    : File(check, officer: false);
            })
            .WithTags("Công khai / Public").AllowAnonymous().RequireRateLimiting(RateLimits.Public)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf", "text/html", "image/jpeg", "image/png")
            .AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("DownloadOwnResult").WithSummary("Công dân tải kết quả điện tử qua liên kết từ trang tra cứu / A citizen downloads a result through the tracking page's link");
    }

    /// <summary>The checked file, or a refusal saying why: revoked, tampered, or (for citizens) not signed.</summary>
    private static IResult File(ResultCheck check, bool officer)
    {
        var allowed = check.CanDownload || (officer && check.Standing == ResultStanding.Unsigned);
        if (!allowed)
        {
            throw ApiProblemException.Conflict("result-" + check.Standing.ToString().ToLowerInvariant(), check.Sentence(Language.Current));
        }

        return Results.File(check.Record.Content, check.Record.MediaType, check.Record.FileName);
    }

    private static async Task<ElectronicResultSummary> SummaryAsync(ElectronicResultQuery query, Guid dossierId, Guid documentId, CancellationToken ct) =>
        (await query.ForDossierAsync(dossierId, Language.Current, ct)).Single(r => r.Id == documentId);

    private static ApiProblemException NotFound(Guid documentId) =>
        ApiProblemException.NotFound("result-not-found", Language.Pick($"Hồ sơ không có kết quả {documentId}.", $"The dossier has no result {documentId}."), "documentId");
}
