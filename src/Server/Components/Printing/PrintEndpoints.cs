using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Components.Shared;
using Workflow.Server.Security;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Printing;

/// <summary>
/// <c>POST /print/dossiers/{id}/{form}</c>: a page's print button posts here with <c>target="_blank"</c>,
/// and the new tab shows the form ready for the browser's print dialog. Officers issue the form
/// (stored and journaled); auditors get a reading copy.
/// </summary>
public static class PrintEndpoints
{
    public static string Action(Guid dossierId, string purpose) => $"/print/dossiers/{dossierId}/{purpose}";

    public static void MapPrintEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/print/dossiers/{dossierId:guid}/{purpose}", PrintAsync)
            .RequireAuthorization(Policies.DossierReader)
            // Checked here rather than by the cookie guard, so an expired page gets a readable page in its tab, not JSON.
            .DisableAntiforgery().WithMetadata(ChecksAntiforgeryItself.Instance).ExcludeFromDescription();

    private static async Task<IResult> PrintAsync(Guid dossierId, string purpose, HttpContext context, IAntiforgery antiforgery, UnitScopeGuard scope,
        FormPrinting printing, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page(HttpStatusCode.BadRequest, T("Phiên làm việc đã hết hạn; hãy tải lại trang hồ sơ rồi in lại.", "The page has expired; reload the dossier page and print again."));
        }

        if (!FormPurpose.IsKnown(purpose) || purpose == FormPurpose.RegisterBook)
        {
            return Page(HttpStatusCode.NotFound, T($"Không có biểu mẫu \"{purpose}\".", $"There is no form \"{purpose}\"."));
        }

        try
        {
            await scope.RequireCanReadDossierAsync(user, dossierId, cancellationToken);
            // The reception page posts the secret it has just shown, to print it on the receipt; a secret that is not the dossier's is ignored.
            var secret = context.Request.HasFormContentType ? context.Request.Form["trackingSecret"].ToString() : "";
            var withSecret = purpose == FormPurpose.Receipt && !user.IsAuditorOnly() && secret.Length is > 0 and <= 32
                && await printing.IsTrackingSecretAsync(dossierId, secret, cancellationToken);
            var html = user.IsAuditorOnly()
                ? await printing.ReadingCopyAsync(dossierId, purpose, cancellationToken)
                : withSecret
                    ? await printing.IssueReceiptWithSecretAsync(dossierId, secret, user.Actor(), cancellationToken)
                    : await printing.IssueAsync(dossierId, purpose, user.Actor(), cancellationToken);
            return Results.Content(html, "text/html; charset=utf-8");
        }
        catch (Exception ex) when (CommandRunner.Refusal(ex) is { } sentence)
        {
            return Page(HttpStatusCode.Conflict, sentence);
        }
    }

    private static IResult Page(HttpStatusCode status, string sentence) => Results.Content(
        $"<!DOCTYPE html><html lang=\"{(IsEnglish ? "en" : "vi")}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(T("Không in được", "Cannot print"))}</title></head>"
        + $"<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto\"><h1>{WebUtility.HtmlEncode(T("Không in được biểu mẫu", "The form cannot be printed"))}</h1>"
        + $"<p data-test=\"print-error\">{WebUtility.HtmlEncode(sentence)}</p></body></html>",
        "text/html; charset=utf-8", System.Text.Encoding.UTF8, (int)status);
}
