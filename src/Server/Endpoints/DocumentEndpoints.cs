using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Queries.Documents;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Documents;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Official forms of a dossier: issued from its journal, stored with their hashes (recorded in the
/// journal too), signed when asked, and checked on every download — an altered document or a
/// broken signature is refused with the reason, not served as if nothing happened.
/// </summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var issue = routes.MapGroup("/api/dossiers/{dossierId:guid}/documents").WithTags("Giấy tờ / Documents");
        issue.MapPost("", IssueAsync).RequireAuthorization(Policies.Officer)
            .WithName("IssueDocument").WithSummary("Lập một biểu mẫu cho hồ sơ / Issue a form for a dossier");
        issue.MapGet("", async Task<Ok<IReadOnlyList<IssuedDocumentSummary>>> (Guid dossierId, IssuedDocumentQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                return TypedResults.Ok(await query.ForDossierAsync(dossierId, ct));
            })
            .RequireAuthorization(Policies.DossierReader)
            .WithName("ListDocuments").WithSummary("Giấy tờ đã lập của hồ sơ / A dossier's issued documents");

        routes.MapGet("/api/dossiers/{dossierId:guid}/uploads/{uploadId:guid}", DownloadUploadAsync)
            .WithTags("Giấy tờ / Documents").RequireAuthorization(Policies.DossierReader)
            .WithName("DownloadUpload").WithSummary("Tải tệp công dân đã nộp / Download a file the citizen submitted");

        var read = routes.MapGroup("/api/documents").WithTags("Giấy tờ / Documents").RequireAuthorization(Policies.DossierReader);
        read.MapGet("/{documentId:guid}", DownloadAsync).WithName("DownloadDocument").WithSummary("Tải giấy tờ, có kiểm tra nguyên vẹn và chữ ký / Download, checked for integrity and signature");
        read.MapGet("/{documentId:guid}/signature", async Task<IResult> (Guid documentId, IssuedDocumentQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var document = await FindReadableAsync(documentId, query, scope, user, ct);
                return document.Signature is { } signature
                    ? Results.File(signature, DocumentMediaTypes.DetachedSignature, $"{document.Id}.p7s")
                    : throw ApiProblemException.NotFound("not-signed", Language.Pick("Giấy tờ này không được ký số.", "This document is not signed."), "documentId");
            })
            .WithName("DownloadSignature").WithSummary("Chữ ký số tách rời (CMS/PKCS#7) / The detached CMS signature");
    }

    private static async Task<Created<IssuedDocumentSummary>> IssueAsync(Guid dossierId, IssueDocumentRequest request, DocumentIssuer issuer, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .Required(request.Purpose, "purpose", InputLimits.Id)
            .That(request.Purpose is null || (FormPurpose.IsKnown(request.Purpose) && request.Purpose != FormPurpose.RegisterBook), "purpose",
                $"\"purpose\" phải là một trong: {string.Join(", ", FormPurpose.All.Where(p => p != FormPurpose.RegisterBook))}.",
                $"\"purpose\" must be one of: {string.Join(", ", FormPurpose.All.Where(p => p != FormPurpose.RegisterBook))}.")
            .That(request.Format is null or "html" or "pdf", "format", "\"format\" phải là html hoặc pdf.", "\"format\" must be html or pdf.")
            .ThrowIfInvalid();
        var format = request.Format == "pdf" ? IssueFormat.Pdf : IssueFormat.Html;
        var record = await issuer.IssueAsync(dossierId, request.Purpose!, user.Actor(), format, request.Sign, cancellationToken);
        var summary = new IssuedDocumentSummary(record.Id, record.DossierId, record.Purpose, record.SetId, record.Title, record.MediaType, record.ContentHash,
            record.Signature is not null, new DateTimeOffset(record.IssuedAt, TimeSpan.Zero), record.IssuedBy);
        return TypedResults.Created($"/api/documents/{record.Id}", summary);
    }

    private static async Task<IResult> DownloadAsync(Guid documentId, IssuedDocumentQuery query, UnitScopeGuard scope, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken, bool force = false)
    {
        var document = await FindReadableAsync(documentId, query, scope, user, cancellationToken);
        var actualHash = DocumentHash.Of(document.Content);
        var recorded = await query.RecordedHashAsync(document, cancellationToken);
        var intact = actualHash == document.ContentHash && actualHash == recorded;
        SignatureVerification? verification = document.Signature is { } signature ? new SignatureVerifier().Verify(document.Content, signature) : null;
        http.Response.Headers["X-Content-Hash"] = actualHash;
        http.Response.Headers["X-Content-Intact"] = intact ? "true" : "false";
        if (verification is not null)
        {
            http.Response.Headers["X-Signature-Verdict"] = verification.Verdict.ToString();
        }

        if ((!intact || verification is { IsValid: false }) && !force)
        {
            var reason = !intact
                ? Language.Pick($"Nội dung giấy tờ khác với khi được lập (mã băm ghi trong nhật ký: {recorded ?? "không có"}, hiện tại: {actualHash}).",
                    $"The document differs from what was issued (journal hash {recorded ?? "none"}, now {actualHash}).")
                : verification!.Describe(Language.Current);
            throw ApiProblemException.Conflict("document-altered", reason + Language.Pick(" Thêm ?force=true để vẫn tải về.", " Add ?force=true to download it anyway."));
        }

        var extension = document.MediaType.StartsWith("application/pdf", StringComparison.Ordinal) ? "pdf" : "html";
        return Results.File(document.Content, document.MediaType, $"{document.Purpose}-{document.Id}.{extension}");
    }

    /// <summary>A file the citizen filed: shown in the browser with <c>?inline=true</c> (the officer checks a scan before accepting), downloaded otherwise.</summary>
    private static async Task<IResult> DownloadUploadAsync(Guid dossierId, Guid uploadId, Workflow.Engine.Documents.Uploads.UploadStore store, UnitScopeGuard scope, ClaimsPrincipal user,
        HttpContext http, CancellationToken cancellationToken, bool inline = false)
    {
        await scope.RequireCanReadDossierAsync(user, dossierId, cancellationToken);
        var (record, content) = await store.OpenAsync(uploadId, cancellationToken);
        if (record.DossierId != dossierId)
        {
            throw ApiProblemException.NotFound("upload-not-found", Language.Pick($"Hồ sơ không có tệp {uploadId}.", $"The dossier has no file {uploadId}."), "uploadId");
        }

        if (inline)
        {
            // Only PDF and images are ever stored (checked by their first bytes), so showing them in the page is safe; SecurityHeaders forbids sniffing.
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(record.FileName);
            http.Response.Headers.ContentDisposition = disposition.ToString();
            return Results.File(content, record.ContentType);
        }

        return Results.File(content, record.ContentType, record.FileName);
    }

    private static async Task<Workflow.Engine.Persistence.Entities.IssuedDocumentRecord> FindReadableAsync(Guid documentId, IssuedDocumentQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var document = await query.FindAsync(documentId, cancellationToken)
            ?? throw ApiProblemException.NotFound("document-not-found", Language.Pick($"Không có giấy tờ {documentId}.", $"There is no document {documentId}."), "documentId");
        await scope.RequireCanReadDossierAsync(user, document.DossierId, cancellationToken);
        return document;
    }
}
