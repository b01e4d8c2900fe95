using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Migration;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Migrations;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Moving a procedure's running dossiers to a newer version: analysts (and leaders) preview the
/// mapping and what it does to each dossier; a leader runs it, and the engine moves only dossiers
/// of units that leader leads, each in its own transaction.
/// </summary>
public static class MigrationEndpoints
{
    public static void MapMigrationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/procedures/{procedureId}/migrations").WithTags("Chuyển phiên bản / Migrations").AddEndpointFilter<ActiveAccountFilter>();

        group.MapPost("/preview", async Task<Ok<MigrationPlan>> (string procedureId, MigrationPreviewRequest request, WorkflowEngine engine, CancellationToken ct) =>
            {
                Check(procedureId, request.TargetVersion).ThrowIfInvalid();
                return TypedResults.Ok(await engine.PlanMigrationAsync(procedureId, request.TargetVersion, request.Mapping ?? [], ct));
            })
            .RequireAuthorization(Policies.MigrationPreview)
            .WithName("PreviewMigration")
            .WithSummary("Xem trước việc chuyển hồ sơ đang chạy sang phiên bản mới / Preview moving running dossiers to a new version");

        group.MapPost("", async Task<Ok<MigrationRunResult>> (string procedureId, MigrationRunRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                Check(procedureId, request.TargetVersion).Required(request.Reason, "reason", InputLimits.Reason).ThrowIfInvalid();
                return TypedResults.Ok(await engine.MigrateAllAsync(procedureId, request.TargetVersion, request.Mapping ?? [], request.Reason!, user.Actor(), cancellationToken: ct));
            })
            .RequireAuthorization(Policies.Leader)
            .WithName("RunMigration")
            .WithSummary("Chuyển các hồ sơ đang chạy sang phiên bản mới / Move running dossiers to a new version");
    }

    private static RequestCheck Check(string procedureId, int targetVersion) => new RequestCheck()
        .MaxLength(procedureId, "procedureId", InputLimits.Id)
        .Range(targetVersion, "targetVersion", 1, 10_000);
}
