using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Persistence.Entities;
using Workflow.Server.Accounts;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Admin;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Accounts in bulk (administrators): import officers and memberships from .xlsx or CSV (a dry run unless confirmed),
/// export them in the same layout, the import log, and setup links; new accounts choose their password with a link.
/// </summary>
public static class AccountImportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapAccountImportEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin").WithTags("Quản trị / Administration").RequireAuthorization(Policies.Administrator);

        admin.MapPost("/accounts/import", async Task<Ok<AccountImportReport>> (HttpRequest request, bool? confirm, AccountBulkImport import, CancellationToken ct) =>
            {
                var fileName = FileNameOf(request.ContentType);
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                body.Position = 0;
                return TypedResults.Ok(confirm == true
                    ? await import.ConfirmAsync(body, fileName, request.HttpContext.User.Actor(), ct)
                    : await import.DryRunAsync(body, fileName, ct));
            })
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AccountImporter.MaxFileBytes))
            .Accepts<string>(Xlsx, "text/csv")
            .AlsoRefuses(StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge)
            .WithName("ImportAccounts").WithSummary("Nhập cán bộ và phân công từ tệp .xlsx/CSV / Import officers and memberships from .xlsx or CSV")
            .WithDescription("Mặc định chạy thử: trả kết quả từng dòng (created, updated, unchanged, refused kèm dòng, cột, lý do), không ghi gì. " +
                "Với confirm=true: lập lại kết quả trong một giao dịch và ghi tất cả, hoặc không ghi gì nếu có dòng bị từ chối (409); trả liên kết đặt mật khẩu cho tài khoản mới. " +
                "Tệp quá 5 MB bị từ chối (413). Bố cục: docs/organisation.md. / " +
                "A dry run unless confirm=true: every row's outcome (created, updated, unchanged, refused with row, column and reason), nothing written. " +
                "With confirm=true: planned again in one transaction and written whole, or not at all when a row is refused (409); new accounts' setup links are returned. " +
                "Files over 5 MB are refused (413). Layout: docs/organisation.md.");

        admin.MapGet("/accounts/export", async Task<FileContentHttpResult> (string? format, AccountImporter importer, CancellationToken ct) =>
            {
                var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
                if (!csv && format is not null && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    throw ApiProblemException.Invalid("unknown-format", Language.Pick("Định dạng là xlsx hoặc csv.", "The format is xlsx or csv."), "format");
                }

                var rows = await importer.ExportAsync(ct);
                return csv
                    ? TypedResults.File(AccountTableExporter.Csv(rows), "text/csv; charset=utf-8", "tai-khoan.csv")
                    : TypedResults.File(AccountTableExporter.Xlsx(rows), Xlsx, "tai-khoan.xlsx");
            })
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithName("ExportAccounts").WithSummary("Xuất cán bộ và phân công theo bố cục nhập (.xlsx hoặc CSV) / Export officers and memberships in the import layout (.xlsx or CSV)");

        admin.MapGet("/accounts/imports", async Task<Ok<IReadOnlyList<AccountImportRecord>>> (AccountImporter importer, CancellationToken ct) =>
                TypedResults.Ok(await importer.HistoryAsync(cancellationToken: ct)))
            .WithName("ListAccountImports").WithSummary("Nhật ký nhập tài khoản (ai, khi nào, bao nhiêu) / The accounts import log (who, when, counts)");

        admin.MapPost("/users/{userId}/setup-link", async Task<Ok<AccountSetupLink>> (string userId, AccountSetup setup, Microsoft.AspNetCore.Identity.UserManager<ServerUser> users) =>
            {
                var path = await setup.LinkAsync(userId);
                var user = (await users.FindByIdAsync(userId))!;
                return TypedResults.Ok(new AccountSetupLink(user.Id, user.UserName ?? "", user.DisplayName, path));
            })
            .AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("IssueSetupLink").WithSummary("Cấp liên kết đặt mật khẩu một lần / Issue a one-time password setup link");

        var account = routes.MapGroup("/account").WithTags("Tài khoản / Account").AllowAnonymous().RequireRateLimiting(Hosting.RateLimits.SignIn);
        account.MapPost("/setup-password", async Task<NoContent> (SetupPasswordRequest request, AccountSetup setup) =>
            {
                new RequestCheck()
                    .Required(request.UserId, "userId", InputLimits.Id)
                    .Required(request.Token, "token", 2000)
                    .Required(request.Password, "password", InputLimits.Password)
                    .ThrowIfInvalid();
                await setup.SetPasswordAsync(request.UserId!, request.Token!, request.Password!);
                return TypedResults.NoContent();
            })
            .WithName("SetupPassword").WithSummary("Đặt mật khẩu đầu tiên bằng liên kết một lần / Choose the first password with a one-time link");
    }

    /// <summary>The format is the body's content type: .xlsx for the spreadsheet type, CSV for text.</summary>
    private static string FileNameOf(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            Xlsx => "accounts.xlsx",
            "text/csv" or "text/plain" or "application/csv" => "accounts.csv",
            _ => throw ApiProblemException.Invalid("unsupported-file", Language.Pick(
                $"Gửi tệp .xlsx (Content-Type {Xlsx}) hoặc CSV (text/csv).",
                $"Send an .xlsx file (Content-Type {Xlsx}) or CSV (text/csv)."), "Content-Type"),
        };
}
