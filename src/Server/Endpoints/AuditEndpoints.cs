using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Queries.Audit;
using Workflow.Engine.Queries.Paging;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>The auditors' read-only trace: every journal line of a dossier with its hash chain checked, and handoffs between units.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/api/audit").WithTags("Kiểm tra / Audit").RequireAuthorization(Policies.Auditor).AddEndpointFilter<ActiveAccountFilter>();

        audit.MapGet("/dossiers/{dossierId:guid}/journal", async Task<Ok<DossierJournal>> (Guid dossierId, AuditQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.JournalAsync(dossierId, ct) ?? throw DossierNotFound(dossierId)))
            .WithName("DossierJournal").WithSummary("Nhật ký đầy đủ của hồ sơ / A dossier's full journal");

        audit.MapGet("/dossiers/{dossierId:guid}/handoffs", async Task<Ok<IReadOnlyList<HandoffLine>>> (Guid dossierId, AuditQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.DossierHandoffsAsync(dossierId, ct) ?? throw DossierNotFound(dossierId)))
            .WithName("DossierHandoffs").WithSummary("Các lần chuyển giao của hồ sơ (phiếu kiểm soát) / A dossier's handoffs");

        audit.MapGet("/handoffs", SearchAsync).WithName("SearchHandoffs").WithSummary("Tìm chuyển giao theo đơn vị, thời gian, đúng hạn / Search handoffs");
    }

    private static async Task<Ok<PageOf<HandoffLine>>> SearchAsync(AuditQuery query, CancellationToken cancellationToken,
        string? fromUnit = null, string? toUnit = null, DateOnly? from = null, DateOnly? to = null, string? punctuality = null,
        int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        new RequestCheck()
            .MaxLength(fromUnit, "fromUnit", InputLimits.Id)
            .MaxLength(toUnit, "toUnit", InputLimits.Id)
            .That(from is null || to is null || from <= to, "to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date.")
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .That(KebabCase.TryParse<Punctuality>(punctuality, out var lateness), "punctuality", $"\"punctuality\" phải là một trong: {KebabCase.Choices<Punctuality>()}.", $"\"punctuality\" must be one of: {KebabCase.Choices<Punctuality>()}.")
            .ThrowIfInvalid();
        var result = await query.SearchHandoffsAsync(new HandoffFilter(fromUnit, toUnit, from, to, lateness, new PageRequest(page, pageSize)), cancellationToken);
        return TypedResults.Ok(Pages.From(result));
    }

    private static ApiProblemException DossierNotFound(Guid dossierId) =>
        ApiProblemException.NotFound("dossier-not-found", Language.Pick($"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}."), "dossierId");
}
