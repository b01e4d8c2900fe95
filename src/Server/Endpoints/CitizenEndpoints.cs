using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Queries.Tracking;
using Workflow.Engine.Runtime;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Public;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;
using Workflow.Server.Security;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Citizens signed in with their electronic identity: <c>/citizen/login</c> and <c>/citizen/logout</c>
/// start and end the session (its own cookie, never an officer's); <c>/api/citizen</c> gives who
/// they are, their own dossiers (by the ID number the provider verified) and online submission with
/// that identity. Tracking by code and secret stays open to everyone at <c>/api/public/tracking</c>.
/// </summary>
public static class CitizenEndpoints
{
    public static void MapCitizenEndpoints(this IEndpointRouteBuilder routes)
    {
        var session = routes.MapGroup("/citizen").WithTags("Công dân / Citizens").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        session.MapGet("/login", (string? returnUrl, CitizenSignInSettings settings) =>
            {
                RequireConfigured(settings);
                return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalReturnPath.Checked(returnUrl ?? "/my-dossiers", "returnUrl") },
                    [AuthenticationSchemes.CitizenOidc]);
            })
            .WithName("CitizenLogin").WithSummary("Đăng nhập bằng định danh điện tử / Sign in with an electronic identity")
            .WithDescription("Chuyển tới nhà cung cấp định danh điện tử (OpenID Connect, mã xác thực với PKCE); khi xong, đặt cookie phiên công dân và chuyển về returnUrl (mặc định /my-dossiers). / " +
                             "Redirects to the electronic identity provider (OpenID Connect, authorization code with PKCE); when done, sets the citizen session cookie and redirects to returnUrl (by default /my-dossiers).")
            .Produces(StatusCodes.Status302Found).AlsoRefuses(StatusCodes.Status404NotFound);
        session.MapPost("/logout", async Task<IResult> (HttpContext context) =>
            {
                await context.SignOutAsync(AuthenticationSchemes.Citizen);
                return context.Request.HasFormContentType ? TypedResults.LocalRedirect("/") : TypedResults.NoContent();
            })
            .RequiresCitizenAntiforgery()
            .WithName("CitizenLogout").WithSummary("Đăng xuất công dân / Citizen sign-out")
            .WithDescription("Xóa cookie phiên công dân (không đăng xuất khỏi nhà cung cấp định danh). Gửi mã chống giả mạo trong tiêu đề X-CSRF-TOKEN hoặc trường của biểu mẫu. / " +
                             "Clears the citizen session cookie (not the session at the identity provider). Send the antiforgery token in the X-CSRF-TOKEN header or the form field.")
            .Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status302Found).AlsoRefuses(StatusCodes.Status400BadRequest);

        var api = routes.MapGroup("/api/citizen").WithTags("Công dân / Citizens").RequireAuthorization(Policies.Citizen).RequireRateLimiting(RateLimits.Public);
        api.MapGet("/me", Ok<CitizenProfile> (ClaimsPrincipal user) =>
            {
                var citizen = Citizen(user);
                return TypedResults.Ok(new CitizenProfile(citizen.Name, citizen.IdNumber, citizen.Level, citizen.Phone, citizen.Email, citizen.Address));
            })
            .WithName("CitizenMe").WithSummary("Công dân đang đăng nhập / The signed-in citizen");
        api.MapGet("/dossiers", async Task<Ok<IReadOnlyList<ApplicantDossier>>> (ClaimsPrincipal user, ApplicantDossiersQuery dossiers, CancellationToken cancellationToken) =>
                TypedResults.Ok(await dossiers.ListAsync(Citizen(user).IdNumber, Language.Current, cancellationToken)))
            .WithName("CitizenDossiers").WithSummary("Hồ sơ của tôi / My dossiers")
            .WithDescription($"Hồ sơ có số định danh người nộp trùng với số định danh đã xác thực, mới nhất trước (tối đa {ApplicantDossiersQuery.MaxLines}). / " +
                             $"Dossiers whose applicant ID number is the verified one, newest first (at most {ApplicantDossiersQuery.MaxLines}).");
        api.MapGet("/dossiers/{code}", async Task<Ok<TrackingResult>> (string code, ClaimsPrincipal user, TrackingQuery tracking, CancellationToken cancellationToken) =>
            {
                new RequestCheck().Required(code, "code", Contracts.Common.InputLimits.DossierCode).ThrowIfInvalid();
                return await tracking.FindForApplicantAsync(code, Citizen(user).IdNumber, Language.Current, cancellationToken) is { } found
                    ? TypedResults.Ok(found)
                    : throw ApiProblemException.NotFound("dossier-not-found", Language.Pick(
                        "Không có hồ sơ nào của Ông/Bà với mã này; hồ sơ nộp với số định danh khác tra cứu bằng mã và mã tra cứu.",
                        "None of your dossiers has this code; a dossier filed under another ID number is tracked with its code and secret."), "code");
            })
            .WithName("CitizenDossier").WithSummary("Tiến độ một hồ sơ của tôi / Progress of one of my dossiers");
        api.MapPost("/dossiers", (OnlineSubmissionRequest request, ClaimsPrincipal user, WorkflowEngine engine, WorkspaceAccessor workspace, TimeProvider time, CancellationToken cancellationToken) =>
                PublicEndpoints.SubmitOnlineAsync(request, Citizen(user), engine, workspace, time, cancellationToken))
            .RequiresCitizenAntiforgery()
            .WithName("CitizenSubmitOnline").WithSummary("Nộp hồ sơ trực tuyến với định danh điện tử / Submit online with an electronic identity")
            .WithDescription("Họ tên và số định danh của người nộp lấy từ định danh điện tử (giá trị gửi lên bị thay thế); điện thoại, thư điện tử, địa chỉ lấy từ yêu cầu hoặc từ định danh. Thủ tục yêu cầu mức định danh cao hơn mức đã đăng nhập bị từ chối (403 assurance-too-low). / " +
                             "The applicant's name and ID number come from the electronic identity (values sent are replaced); phone, email and address from the request or the identity. A procedure requiring a higher level of assurance than the sign-in's is refused (403 assurance-too-low).")
            .AlsoRefuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    /// <summary>The policy let only a citizen principal through; anything else is a server fault.</summary>
    private static CitizenIdentity Citizen(ClaimsPrincipal user) =>
        CitizenIdentity.From(user) ?? throw new InvalidOperationException("The citizen policy admitted a principal without a citizen identity.");

    private static void RequireConfigured(CitizenSignInSettings settings)
    {
        if (!settings.IsConfigured)
        {
            throw ApiProblemException.NotFound("citizen-sign-in-not-configured", Language.Pick(
                "Đăng nhập bằng định danh điện tử chưa được cấu hình trên hệ thống này; tra cứu hồ sơ bằng mã và mã tra cứu, hoặc nộp hồ sơ không cần đăng nhập.",
                "Signing in with an electronic identity is not configured here; track dossiers with their code and secret, or submit without signing in."));
        }
    }
}
