using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Queries.Audit;
using Workflow.Engine.Queries.Dossiers;
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
        var audit = routes.MapGroup("/api/audit").WithTags("Kiểm tra / Audit").RequireAuthorization(Policies.Auditor);

        audit.MapGet("/dossiers/{dossierId:guid}/journal", async Task<Ok<DossierJournal>> (Guid dossierId, AuditQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.JournalAsync(dossierId, ct) ?? throw DossierNotFound(dossierId)))
            .WithName("DossierJournal").WithSummary("Nhật ký đầy đủ của hồ sơ / A dossier's full journal");

        audit.MapGet("/dossiers/{dossierId:guid}/handoffs", async Task<Ok<IReadOnlyList<HandoffLine>>> (Guid dossierId, AuditQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.DossierHandoffsAsync(dossierId, ct) ?? throw DossierNotFound(dossierId)))
            .WithName("DossierHandoffs").WithSummary("Các lần chuyển giao của hồ sơ (phiếu kiểm soát) / A dossier's handoffs");

        audit.MapGet("/dossiers/{dossierId:guid}/linked", async Task<Ok<LinkedDossiers>> (Guid dossierId, LinkedDossierQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.FindAsync(dossierId, Language.Current, ct) ?? throw DossierNotFound(dossierId)))
            .WithName("LinkedDossiers").WithSummary("Nhóm hồ sơ liên thông: hồ sơ gốc và các hồ sơ liên thông của hồ sơ / A dossier's parent and the linked dossiers it filed");

        audit.MapGet("/handoffs", SearchAsync).WithName("SearchHandoffs").WithSummary("Tìm chuyển giao theo đơn vị, thời gian, đúng hạn / Search handoffs");

        audit.MapGet("/handoffs.csv", ExportAsync).WithName("ExportHandoffs").WithSummary("Xuất các lần chuyển giao ra CSV / Export handoffs as CSV");
    }

    private static async Task<Ok<PageOf<HandoffLine>>> SearchAsync(AuditQuery query, CancellationToken cancellationToken,
        string? fromUnit = null, string? toUnit = null, DateOnly? from = null, DateOnly? to = null, string? punctuality = null,
        int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        new RequestCheck()
            .MaxLength(fromUnit, "fromUnit", InputLimits.Id)
            .MaxLength(toUnit, "toUnit", InputLimits.Id)
            .SaneDate(from, "from")
            .SaneDate(to, "to")
            .That(from is null || to is null || from <= to, "to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date.")
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .That(KebabCase.TryParse<Punctuality>(punctuality, out var lateness), "punctuality", $"\"punctuality\" phải là một trong: {KebabCase.Choices<Punctuality>()}.", $"\"punctuality\" must be one of: {KebabCase.Choices<Punctuality>()}.")
            .ThrowIfInvalid();
        var result = await query.SearchHandoffsAsync(new HandoffFilter(fromUnit, toUnit, from, to, lateness, new PageRequest(page, pageSize)), cancellationToken);
        return TypedResults.Ok(Pages.From(result));
    }

    /// <summary>Every handoff matching the filter, as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly).</summary>
    private static async Task ExportAsync(AuditQuery query, HttpContext http, CancellationToken cancellationToken,
        string? fromUnit = null, string? toUnit = null, DateOnly? from = null, DateOnly? to = null, string? punctuality = null)
    {
        new RequestCheck()
            .MaxLength(fromUnit, "fromUnit", InputLimits.Id)
            .MaxLength(toUnit, "toUnit", InputLimits.Id)
            .SaneDate(from, "from")
            .SaneDate(to, "to")
            .That(from is null || to is null || from <= to, "to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date.")
            .That(KebabCase.TryParse<Punctuality>(punctuality, out var lateness), "punctuality", $"\"punctuality\" phải là một trong: {KebabCase.Choices<Punctuality>()}.", $"\"punctuality\" must be one of: {KebabCase.Choices<Punctuality>()}.")
            .ThrowIfInvalid();
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"handoffs-{from:yyyyMMdd}-{to:yyyyMMdd}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync(Language.Pick(
            "Mã hồ sơ,Thủ tục,Thời điểm giao,Đơn vị giao,Người giao,Đơn vị nhận,Bước,Kết quả",
            "Dossier code,Procedure,Handed over at,From unit,Given by,To unit,Step,Result"));
        for (var page = 1; ; page++)
        {
            var result = await query.SearchHandoffsAsync(new HandoffFilter(fromUnit, toUnit, from, to, lateness, new PageRequest(page, PageRequest.MaxSize)), cancellationToken);
            foreach (var line in result.Items)
            {
                await writer.WriteLineAsync(string.Join(',', new[]
                {
                    line.DossierCode, line.ProcedureName, line.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    line.FromUnitId ?? "", line.GivenBy ?? "", line.ToUnitId, line.StepId ?? "", PunctualityText(line.Punctuality),
                }.Select(Csv)));
            }

            if (result.Items.Count < PageRequest.MaxSize)
            {
                break;
            }
        }
    }

    private static string PunctualityText(Punctuality? punctuality) => punctuality switch
    {
        Punctuality.Early => Language.Pick("Trước hạn", "Early"),
        Punctuality.OnTime => Language.Pick("Đúng hạn", "On time"),
        Punctuality.Late => Language.Pick("Quá hạn", "Late"),
        _ => "",
    };

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    private static ApiProblemException DossierNotFound(Guid dossierId) =>
        ApiProblemException.NotFound("dossier-not-found", Language.Pick($"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}."), "dossierId");
}
