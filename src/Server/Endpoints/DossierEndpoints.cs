using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Runtime;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Desk;
using Workflow.Server.Contracts.Heads;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Dossiers as officers and auditors read them (within the units an officer belongs to), and the
/// heads' commands on a whole dossier: apologise with a new appointment, extend, stop.
/// </summary>
public static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder routes)
    {
        var read = routes.MapGroup("/api/dossiers").WithTags("Hồ sơ / Dossiers").RequireAuthorization(Policies.DossierReader);

        read.MapGet("", SearchAsync).WithName("SearchDossiers").WithSummary("Tìm hồ sơ trong phạm vi đơn vị / Search dossiers in my units");

        read.MapGet("/{dossierId:guid}", async Task<Ok<DossierDetail>> (Guid dossierId, DossierDetailQuery query, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await scope.RequireCanReadDossierAsync(user, dossierId, ct);
                // Auditors read; only officers get the list of what they may do.
                var viewer = user.IsAuditorOnly() ? null : user.OfficerId();
                var detail = await query.FindAsync(dossierId, viewer, withFiles: true, ct);
                return TypedResults.Ok(detail!);
            })
            .WithName("GetDossier").WithSummary("Chi tiết hồ sơ / A dossier's detail");

        var heads = routes.MapGroup("/api/dossiers").WithTags("Lãnh đạo / Heads").RequireAuthorization(Policies.Head);

        heads.MapPost("/{dossierId:guid}/apologise", (Guid dossierId, ApologiseRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck()
                    .SaneDate(request.NewAppointment, "newAppointment")
                    .That(request.NewAppointment is not null, "newAppointment", "Ghi ngày hẹn trả kết quả mới.", "Give the new appointment.")
                    .Required(request.Reason, "reason", InputLimits.Reason)
                    .ThrowIfInvalid();
                return DeskEndpoints.Run(engine.ApologiseAsync(dossierId, request.NewAppointment!.Value, request.Reason!, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("Apologise").WithSummary("Xin lỗi và hẹn lại ngày trả kết quả / Apologise with a new appointment");

        heads.MapPost("/{dossierId:guid}/extend", (Guid dossierId, ExtendRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck()
                    .Range(request.Value, "value", 0.5m, 365)
                    .That(request.Unit != DurationUnit.SameDay, "unit", "Gia hạn tính bằng ngày làm việc, giờ làm việc hoặc ngày.", "Extend by working days, working hours or days.")
                    .That(request.Unit != DurationUnit.CalendarDays || decimal.Truncate(request.Value) == request.Value, "value", "Số ngày phải là số nguyên.", "Days must be a whole number.")
                    .Required(request.Reason, "reason", InputLimits.Reason)
                    .ThrowIfInvalid();
                return DeskEndpoints.Run(engine.ExtendAsync(dossierId, new Duration(request.Value, request.Unit), request.Reason!, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("Extend").WithSummary("Gia hạn thời gian giải quyết / Extend the processing time");

        heads.MapPost("/{dossierId:guid}/stop", (Guid dossierId, ReasonRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.Reason, "reason", InputLimits.Reason).ThrowIfInvalid();
                return DeskEndpoints.Run(engine.StopAsync(dossierId, request.Reason!, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("StopProcessing").WithSummary("Dừng xử lý hồ sơ / Stop processing");
    }

    private static async Task<Ok<PageOf<DossierSummary>>> SearchAsync(DossierSearchQuery search, ClaimsPrincipal user, CancellationToken cancellationToken,
        string? q = null, int? status = null, string? procedure = null, int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        new RequestCheck()
            .MaxLength(q, "q", InputLimits.Search)
            .MaxLength(procedure, "procedure", InputLimits.Id)
            .Range(status, "status", 1, 10)
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .ThrowIfInvalid();
        var officer = user.IsInRole(SystemRoles.Auditor) ? null : user.OfficerId();
        return TypedResults.Ok(Pages.From(await search.SearchAsync(officer, new DossierSearchFilter(q, status, procedure, new PageRequest(page, pageSize)), cancellationToken)));
    }
}
