using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Queries.Tracking;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Authentication;
using Workflow.Server.Catalogue;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Public;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// What anyone may use without an account: the procedure catalogue, tracking a dossier with its
/// secret or phone number, and submitting online. Rate-limited per client address.
/// </summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/public").WithTags("Công khai / Public").AllowAnonymous().RequireRateLimiting(RateLimits.Public);

        group.MapGet("/procedures", SearchProcedures)
            .WithName("ListProcedures").WithSummary("Tìm thủ tục đang có hiệu lực / Find procedures in force today")
            .WithDescription("q: words of the name, code or field, accents and case ignored (\"ho tich\" finds \"Hộ tịch\"); field: one field exactly; level: province, district or commune; page from 1, pageSize up to 200. Sorted by field, then name.");

        group.MapGet("/procedures/{procedureId}", Results<Ok<ProcedureDetail>, ProblemHttpResult> (string procedureId, ProcedureCatalogueView catalogue) =>
                catalogue.Find(procedureId) is { } detail ? TypedResults.Ok(detail) : throw ProcedureNotFound(procedureId))
            .WithName("GetProcedure").WithSummary("Chi tiết một thủ tục / One procedure's detail");

        group.MapGet("/procedures/{procedureId}/forms/{documentId}", (string procedureId, string documentId, ProcedureCatalogueView catalogue) =>
                catalogue.BlankForm(procedureId, documentId) is { } form
                    ? Results.File(form.Path, form.ContentType, documentId + Path.GetExtension(form.Path))
                    : throw ApiProblemException.NotFound("form-not-found", Language.Pick(
                        "Thủ tục này không có mẫu đơn, tờ khai để trống cho giấy tờ đó.", "This procedure keeps no blank form for that paper."), "documentId"))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf", "text/html").AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("GetBlankForm").WithSummary("Tải mẫu đơn, tờ khai để trống / Download a paper's blank form");

        group.MapPost("/tracking", TrackAsync).AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("TrackDossier").WithSummary("Tra cứu hồ sơ bằng mã và mã bí mật hoặc số điện thoại / Track a dossier");

        group.MapPost("/dossiers", SubmitAsync).AlsoRefuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("SubmitOnline").WithSummary("Nộp hồ sơ trực tuyến / Submit a dossier online")
            .WithDescription("Thủ tục yêu cầu mức định danh điện tử tối thiểu (minimumAssuranceLevel) bị từ chối ở đây (403 assurance-too-low): nộp khi đã đăng nhập, tại POST /api/citizen/dossiers. / A procedure that requires a minimum level of assurance (minimumAssuranceLevel) is refused here (403 assurance-too-low): submit it signed in, at POST /api/citizen/dossiers.");
    }

    private static Ok<PageOf<ProcedureSummary>> SearchProcedures(ProcedureCatalogueView catalogue,
        string? q = null, string? field = null, string? level = null, int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        var levels = Enum.GetValues<ProcedureLevel>().ToDictionary(l => l.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
        new RequestCheck()
            .MaxLength(q, "q", InputLimits.Search)
            .MaxLength(field, "field", InputLimits.Name)
            .That(string.IsNullOrWhiteSpace(level) || levels.ContainsKey(level.Trim()), "level",
                "Cấp thực hiện là province (tỉnh), district (huyện) hoặc commune (xã).", "The level is province, district or commune.")
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .ThrowIfInvalid();
        var wantedLevel = string.IsNullOrWhiteSpace(level) ? (ProcedureLevel?)null : levels[level.Trim()];
        return TypedResults.Ok(Pages.From(catalogue.Search(new CatalogueSearch(q, field, wantedLevel, new PageRequest(page, pageSize)))));
    }

    private static async Task<Ok<TrackingResult>> TrackAsync(TrackingRequest request, TrackingQuery tracking, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .Required(request.Code, "code", InputLimits.DossierCode)
            .MaxLength(request.Secret, "secret", InputLimits.Secret)
            .MaxLength(request.Phone, "phone", InputLimits.Phone)
            .That(!string.IsNullOrWhiteSpace(request.Secret) || !string.IsNullOrWhiteSpace(request.Phone), "secret",
                "Nhập mã bí mật in trên giấy tiếp nhận hoặc số điện thoại đã khai khi nộp.", "Give the secret printed on the receipt or the phone number given when filing.")
            .ThrowIfInvalid();
        var found = await tracking.FindAsync(request.Code!, request.Secret, request.Phone, Language.Current, cancellationToken);
        // One answer for an unknown code and a wrong secret: the lookup never confirms that a code exists.
        return found is null
            ? throw ApiProblemException.NotFound("dossier-not-found", Language.Pick(
                "Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập.", "No dossier matches that code and proof."), "code")
            : TypedResults.Ok(found);
    }

    private static Task<Created<SubmissionOutcome>> SubmitAsync(OnlineSubmissionRequest request, WorkflowEngine engine, WorkspaceAccessor workspace, TimeProvider time, CancellationToken cancellationToken) =>
        SubmitOnlineAsync(request, null, engine, workspace, time, cancellationToken);

    /// <summary>
    /// An online submission, anonymous or by a signed-in citizen, whose verified name and ID number
    /// then stand for the applicant's; a procedure that asks for a level of assurance refuses a weaker one.
    /// </summary>
    internal static async Task<Created<SubmissionOutcome>> SubmitOnlineAsync(OnlineSubmissionRequest request, CitizenIdentity? citizen, WorkflowEngine engine, WorkspaceAccessor workspace,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (citizen is not null)
        {
            var given = request.Applicant ?? new ApplicantInput(null);
            request = request with { Applicant = given with { Name = citizen.Name, IdNumber = citizen.IdNumber, Phone = given.Phone ?? citizen.Phone, Email = given.Email ?? citizen.Email, Address = given.Address ?? citizen.Address } };
        }

        new RequestCheck()
            .Required(request.ProcedureId, "procedureId", InputLimits.Id)
            .Required(request.ReceivingUnitId, "receivingUnitId", InputLimits.Id)
            .Applicant(request.Applicant)
            .Documents(request.Documents)
            .Data(request.Data)
            .MaxLength(request.Note, "note", InputLimits.Note)
            .MaxCount(request.Attachments, "attachments", InputLimits.Attachments)
            .That((request.Attachments ?? []).All(a => a is { UploadId: not null } && !string.IsNullOrWhiteSpace(a.DocumentId)), "attachments",
                "Mỗi tệp đính kèm cần uploadId và documentId.", "Each attachment needs an uploadId and a documentId.")
            .ThrowIfInvalid();
        var definition = workspace.Current.Catalog.InForce(request.ProcedureId!, VietnamTime.LocalDate(time.GetUtcNow()))
            ?? throw ProcedureNotFound(request.ProcedureId!);
        if (definition.OnlineMode == OnlineMode.None)
        {
            throw ApiProblemException.Invalid("not-offered-online", Language.Pick(
                $"Thủ tục \"{definition.Name}\" không cung cấp dịch vụ công trực tuyến; mời nộp tại Bộ phận một cửa.",
                $"The procedure \"{definition.NameEn ?? definition.Name}\" is not offered online; file it at the one-stop desk."), "procedureId");
        }

        if (CitizenAssurance.Refusal(definition, citizen) is { } refusal)
        {
            throw ApiProblemException.Forbidden(CitizenAssurance.RefusalCode, refusal);
        }

        var applicant = CommandOutcomes.Applicant(request.Applicant!);
        var result = await engine.ReceiveAsync(new ReceiveDossier(definition.Id, Channel.Online, request.ReceivingUnitId!, applicant,
            CommandOutcomes.Data(request.Data), CommandOutcomes.Documents(request.Documents), Note: request.Note, Decision: IntakeDecision.Pending,
            ResultDelivery: request.ResultDelivery,
            Attachments: (request.Attachments ?? []).Select(a => new AttachedUpload(a.UploadId!.Value, a.DocumentId!.Trim())).ToList()),
            Actor.Citizen(applicant.Name), cancellationToken);
        return TypedResults.Created($"/api/public/tracking", new SubmissionOutcome(result.Code, result.TrackingSecret, result.StatusCode, CommandOutcomes.StatusName(result.StatusCode)));
    }

    private static ApiProblemException ProcedureNotFound(string procedureId) => ApiProblemException.NotFound("procedure-not-found", Language.Pick(
        $"Không có thủ tục \"{procedureId}\" đang có hiệu lực.", $"There is no procedure \"{procedureId}\" in force."), "procedureId");
}
