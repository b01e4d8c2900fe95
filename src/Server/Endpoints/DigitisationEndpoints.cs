using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Digitisation;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Queries.Digitisation;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Digitisation at receipt (Decree 107/2021, Circular 01/2023): the desk attaches the scans of a
/// component received on paper, optionally certified as an electronic copy from the original with
/// the unit's certificate; components filed electronically are listed beside them.
/// </summary>
public static class DigitisationEndpoints
{
    public static void MapDigitisationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/dossiers/{dossierId:guid}/components").WithTags("Số hóa / Digitisation");
        group.MapGet("", async Task<Ok<IReadOnlyList<DigitisedComponentSummary>>> (Guid dossierId, DigitisedComponentQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                return TypedResults.Ok(await query.ForDossierAsync(dossierId, ct));
            })
            .RequireAuthorization(Policies.DossierReader).AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ListDigitisedComponents").WithSummary("Thành phần hồ sơ đã số hóa hoặc nộp điện tử / A dossier's digitised and electronic components");
        group.MapGet("/files/{fileId:guid}", async Task<IResult> (Guid dossierId, Guid fileId, DigitisedComponentQuery query, UploadStore uploads, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                var scan = await query.ScanAsync(dossierId, fileId, ct)
                    ?? throw ApiProblemException.NotFound("component-file-not-found", Language.Pick($"Hồ sơ không có tệp số hóa {fileId}.", $"The dossier has no digitised file {fileId}."), "fileId");
                if (scan.UploadId is { } uploadId)
                {
                    var (record, content) = await uploads.OpenAsync(uploadId, ct);
                    return Results.File(content, record.ContentType, record.FileName);
                }

                return Results.File(scan.Content, scan.MediaType, scan.FileName);
            })
            .RequireAuthorization(Policies.DossierReader).Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf", "image/jpeg", "image/png")
            .AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("DownloadDigitisedFile").WithSummary("Tải tệp số hóa của thành phần hồ sơ / Download a component's digitised file");

        // The scans come as a form (multipart), checked against forgery by CookieForgeryGuard like every cookie-carried change.
        var limit = (ComponentDigitiser.MaxBytes + 64 * 1024) * 4;
        routes.MapPost("/api/desk/dossiers/{dossierId:guid}/components/{documentId}/digitise", DigitiseAsync)
            .WithTags("Một cửa / Desk").RequireAuthorization(Policies.Desk).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit))
            .Accepts<IFormFileCollection>("multipart/form-data")
            .AlsoRefuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("DigitiseComponent").WithSummary("Số hóa thành phần hồ sơ giấy khi tiếp nhận, có thể ký chứng thực bản sao điện tử / Digitise a paper component at receipt, optionally certified");
    }

    private static async Task<Ok<IReadOnlyList<DigitisedComponentSummary>>> DigitiseAsync(Guid dossierId, string documentId, HttpRequest request, ComponentDigitiser digitiser,
        DigitisedComponentQuery query, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        var files = form?.Files.GetFiles("files") ?? [];
        var certifyText = form?["certify"].ToString();
        new RequestCheck()
            .Required(documentId, "documentId", InputLimits.Id)
            .That(files.Count > 0, "files", "Chọn ít nhất một tệp quét hoặc ảnh chụp (trường \"files\", multipart/form-data).", "Choose at least one scanned or photographed file (field \"files\", multipart/form-data).")
            .That(files.All(f => f.Length <= ComponentDigitiser.MaxBytes), "files", $"Mỗi tệp tối đa {ComponentDigitiser.MaxBytes / (1024 * 1024)} MB; hãy quét với độ phân giải thấp hơn hoặc tách thành nhiều tệp.",
                $"Each file is at most {ComponentDigitiser.MaxBytes / (1024 * 1024)} MB; scan at a lower resolution or split it.")
            .That(string.IsNullOrEmpty(certifyText) || bool.TryParse(certifyText, out _), "certify", "Trường \"certify\" là true hoặc false.", "The field \"certify\" is true or false.")
            .ThrowIfInvalid();
        var inputs = new List<ComponentDigitiser.Input>();
        foreach (var file in files)
        {
            using var memory = new MemoryStream();
            await file.CopyToAsync(memory, cancellationToken);
            inputs.Add(new ComponentDigitiser.Input(memory.ToArray(), file.FileName));
        }

        await digitiser.DigitiseAsync(dossierId, documentId, inputs, bool.TryParse(certifyText, out var certify) && certify, user.Actor(), cancellationToken);
        return TypedResults.Ok(await query.ForDossierAsync(dossierId, cancellationToken));
    }
}
