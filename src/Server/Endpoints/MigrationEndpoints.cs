using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
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
        var group = routes.MapGroup("/api/procedures/{procedureId}/migrations").WithTags("Chuyển phiên bản / Migrations");

        group.MapPost("/preview", async Task<Ok<MigrationPlan>> (string procedureId, MigrationPreviewRequest request, WorkflowEngine engine, CancellationToken ct) =>
            {
                Check(procedureId, request.TargetVersion, request.Mapping).ThrowIfInvalid();
                return TypedResults.Ok(await engine.PlanMigrationAsync(procedureId, request.TargetVersion, request.Mapping ?? [], ct));
            })
            .RequireAuthorization(Policies.MigrationPreview)
            .WithName("PreviewMigration")
            .WithSummary("Xem trước việc chuyển hồ sơ đang chạy sang phiên bản mới / Preview moving running dossiers to a new version");

        group.MapPost("", async Task<Ok<MigrationRunResult>> (string procedureId, MigrationRunRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                Check(procedureId, request.TargetVersion, request.Mapping).Required(request.Reason, "reason", InputLimits.Reason).ThrowIfInvalid();
                return TypedResults.Ok(await engine.MigrateAllAsync(procedureId, request.TargetVersion, request.Mapping ?? [], request.Reason!, user.Actor(), cancellationToken: ct));
            })
            .RequireAuthorization(Policies.Leader)
            .WithName("RunMigration")
            .WithSummary("Chuyển các hồ sơ đang chạy sang phiên bản mới / Move running dossiers to a new version");
    }

    /// <summary>A procedure has at most a few dozen steps; a longer mapping is not one a person wrote.</summary>
    private const int MaxMappedSteps = 200;

    private static RequestCheck Check(string procedureId, int targetVersion, IReadOnlyList<StepMapping>? mapping)
    {
        var check = new RequestCheck()
            .MaxLength(procedureId, "procedureId", InputLimits.Id)
            .Range(targetVersion, "targetVersion", 1, 10_000)
            .MaxCount(mapping, "mapping", MaxMappedSteps);
        for (var i = 0; mapping is not null && i < Math.Min(mapping.Count, MaxMappedSteps); i++)
        {
            // A JSON null or a missing member arrives as null despite the record's non-nullable strings.
            check.Required(mapping[i]?.FromStep, $"mapping[{i}].fromStep", InputLimits.Id)
                .Required(mapping[i]?.ToStep, $"mapping[{i}].toStep", InputLimits.Id);
        }

        return check;
    }
}
