using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Queries.Store;
using Workflow.Engine.Runtime;
using Workflow.Engine.Store;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Store;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;
using Workflow.Server.Security;

namespace Workflow.Server.Endpoints;

/// <summary>
/// The electronic data store of citizens and organisations (Decree 45/2020): officers read it only
/// through a dossier of their units and give a paper by reference to a stored document at intake;
/// citizens read their own after proving who they are the way tracking asks (a dossier's code and
/// secret) or signed in with their electronic identity, and give a paper of their own online dossier
/// by reference. Every reading is written in a dossier's journal.
/// </summary>
public static class StoreEndpoints
{
    public static void MapStoreEndpoints(this IEndpointRouteBuilder routes)
    {
        var dossier = routes.MapGroup("/api/dossiers/{dossierId:guid}/store").WithTags("Kho dữ liệu điện tử / Data store");
        dossier.MapGet("", async Task<Ok<DossierStoreView>> (Guid dossierId, ElectronicDataStore store, WorkflowEngine engine, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                var view = await store.ForDossierAsync(dossierId, Language.Current, ct) ?? throw DossierNotFound(dossierId);
                await engine.RecordStoreViewAsync(dossierId, StoreAccessVia.Officer, [.. view.Entries.Select(e => e.Id)], user.Actor(), ct);
                return TypedResults.Ok(view);
            })
            .RequireAuthorization(Policies.DossierReader).AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("DossierStore").WithSummary("Kho dữ liệu điện tử của người nộp hồ sơ / The data store of the dossier's applicant")
            .WithDescription("Giấy tờ trong kho của người nộp (theo số định danh), và với mỗi giấy tờ của thủ tục có \"fromStore\": các giấy tờ trong kho dùng thay được. Việc xem được ghi vào nhật ký hồ sơ (store-viewed). / " +
                             "The applicant's stored documents (by ID number), and for each paper of the procedure with \"fromStore\" the stored documents that may stand in for it. The reading is journaled (store-viewed).");
        dossier.MapPost("/reuse", (Guid dossierId, StoreReuseRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
                DeskEndpoints.Run(engine.ReuseFromStoreAsync(dossierId, Checked(request), request.Source!.Trim(), request.EntryId!.Value, user.Actor(), request.ExpectedVersion, ct)))
            .RequireAuthorization(Policies.Desk).AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("ReuseFromStore").WithSummary("Dùng giấy tờ trong kho thay cho một giấy tờ của hồ sơ / Give a paper by reference to a stored document")
            .WithDescription("Chỉ khi hồ sơ chờ tiếp nhận; giấy tờ trong kho phải của chính người nộp, đúng loại thủ tục nhận, còn hiệu lực, chưa bị thu hồi và chữ ký còn khớp — nếu không bị từ chối (409) với câu nói rõ vì sao. Ghi nhật ký component-reused-from-store. / " +
                             "Only while the dossier awaits intake; the stored document must be the applicant's own, of a type the procedure accepts, in force, not revoked, its signature still matching — otherwise refused (409) with a sentence saying why. Journaled as component-reused-from-store.");

        routes.MapPost("/api/public/store", async Task<Ok<HolderStore>> (StoreProofRequest request, ElectronicDataStore store, WorkflowEngine engine, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.Code, "code", InputLimits.DossierCode).Required(request.Secret, "secret", InputLimits.Secret).ThrowIfInvalid();
                var holder = await store.ProvenHolderAsync(request.Code!, request.Secret!, ct) ?? throw NotProven();
                var entries = await store.ForHolderAsync(holder.HolderId, Language.Current, ct);
                await engine.RecordStoreViewAsync(holder.DossierId, StoreAccessVia.Tracking, [.. entries.Select(e => e.Id)], Actor.Citizen(holder.Name), ct);
                return TypedResults.Ok(new HolderStore(holder.HolderId, entries));
            })
            .WithTags("Công khai / Public").AllowAnonymous().RequireRateLimiting(RateLimits.Public).AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("OwnStore").WithSummary("Công dân xem kho dữ liệu điện tử của mình bằng mã hồ sơ và mã tra cứu / A citizen reads their data store with a dossier's code and secret")
            .WithDescription("Mã và mã tra cứu của một hồ sơ đã được Bộ phận một cửa nhận hoặc tiếp nhận (hồ sơ trực tuyến chưa tiếp nhận chưa chứng minh được người nộp). Việc xem được ghi vào nhật ký hồ sơ đó. / " +
                             "The code and secret of a dossier the desk received or accepted (an online dossier not yet accepted does not prove who filed it). The reading is journaled on that dossier.");

        var citizen = routes.MapGroup("/api/citizen").WithTags("Công dân / Citizens").RequireAuthorization(Policies.Citizen).RequireRateLimiting(RateLimits.Public);
        citizen.MapGet("/store", async Task<Ok<HolderStore>> (ClaimsPrincipal user, ElectronicDataStore store, WorkflowEngine engine, CancellationToken ct) =>
            {
                var identity = Identity(user);
                var entries = await store.ForHolderAsync(identity.IdNumber, Language.Current, ct);
                // Reading is journaled on the holder's newest dossier; with no dossier there is no stored document to read.
                if (await store.NewestDossierOfAsync(identity.IdNumber, ct) is { } newest)
                {
                    await engine.RecordStoreViewAsync(newest, StoreAccessVia.SignIn, [.. entries.Select(e => e.Id)], Actor.Citizen(identity.Name), ct);
                }

                return TypedResults.Ok(new HolderStore(identity.IdNumber, entries));
            })
            .WithName("CitizenStore").WithSummary("Kho dữ liệu điện tử của tôi / My data store");
        citizen.MapPost("/dossiers/{code}/store/reuse", async (string code, StoreReuseRequest request, ClaimsPrincipal user, ElectronicDataStore store, WorkflowEngine engine, CancellationToken ct) =>
            {
                new RequestCheck().Required(code, "code", InputLimits.DossierCode).ThrowIfInvalid();
                var identity = Identity(user);
                var dossierId = await store.DossierOfHolderAsync(code, identity.IdNumber, ct) ?? throw ApiProblemException.NotFound("dossier-not-found", Language.Pick(
                    "Không có hồ sơ nào của Ông/Bà với mã này.", "None of your dossiers has this code."), "code");
                return await DeskEndpoints.Run(engine.ReuseFromStoreAsync(dossierId, Checked(request), request.Source!.Trim(), request.EntryId!.Value, Actor.Citizen(identity.Name), request.ExpectedVersion, ct));
            })
            .RequiresCitizenAntiforgery().AlsoRefuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("CitizenReuseFromStore").WithSummary("Dùng giấy tờ trong kho của tôi cho hồ sơ trực tuyến của tôi / Give a paper of my online dossier from my data store");
    }

    /// <summary>The request's paper id, once every member is present and within bounds.</summary>
    private static string Checked(StoreReuseRequest request)
    {
        new RequestCheck().Required(request.DocumentId, "documentId", InputLimits.Id).Required(request.Source, "source", InputLimits.Id)
            .That(request.EntryId is { } id && id != Guid.Empty, "entryId", "Chọn giấy tờ trong kho (entryId).", "Choose the stored document (entryId).").ThrowIfInvalid();
        return request.DocumentId!.Trim();
    }

    private static CitizenIdentity Identity(ClaimsPrincipal user) =>
        CitizenIdentity.From(user) ?? throw new InvalidOperationException("The citizen policy admitted a principal without a citizen identity.");

    private static ApiProblemException NotProven() =>
        ApiProblemException.NotFound("dossier-not-found", Language.Pick(
            "Không tìm thấy hồ sơ đã được tiếp nhận với mã và mã tra cứu đã nhập; dùng mã của một hồ sơ đã được Bộ phận một cửa nhận hoặc tiếp nhận.",
            "No received dossier matches that code and secret; use the code of a dossier the one-stop desk received or accepted."), "code");

    private static ApiProblemException DossierNotFound(Guid dossierId) =>
        ApiProblemException.NotFound("dossier-not-found", Language.Pick($"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}."), "dossierId");
}
