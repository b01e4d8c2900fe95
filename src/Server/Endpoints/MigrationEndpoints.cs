using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Migration;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Migrations;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Moving a procedure's running dossiers to a newer version: analysts and leaders see the running
/// dossiers with the mapping prefilled and preview a mapping; an analyst prepares the migration; a
/// leader of the units holding the dossiers runs it (the engine checks it again for each dossier),
/// each dossier in its own transaction, and a run cut short is resumed by running it again.
/// </summary>
public static class MigrationEndpoints
{
    public static void MapMigrationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/procedures/{procedureId}/migrations").WithTags("Chuyển phiên bản / Migrations");

        group.MapGet("", async Task<Ok<MigrationPlan>> (string procedureId, int? targetVersion, WorkflowEngine engine, CancellationToken ct) =>
            {
                Check(procedureId, targetVersion, null).That(targetVersion is not null, "targetVersion",
                    "Cho biết phiên bản đích (targetVersion).", "Give the target version (targetVersion).").ThrowIfInvalid();
                return TypedResults.Ok(await engine.PlanMigrationAsync(procedureId, targetVersion!.Value, [], ct));
            })
            .RequireAuthorization(Policies.MigrationPreview)
            .WithName("ListMigrationCandidates")
            .WithSummary("Hồ sơ đang chạy trên phiên bản cũ, bước đang đứng và ánh xạ điền sẵn / Running dossiers of older versions, their steps and the prefilled mapping");

        group.MapPost("/preview", async Task<Ok<MigrationPlan>> (string procedureId, MigrationPreviewRequest request, WorkflowEngine engine, CancellationToken ct) =>
            {
                Check(procedureId, request.TargetVersion, request.Mapping).ThrowIfInvalid();
                return TypedResults.Ok(await engine.PlanMigrationAsync(procedureId, request.TargetVersion, request.Mapping ?? [], ct));
            })
            .RequireAuthorization(Policies.MigrationPreview)
            .WithName("PreviewMigration")
            .WithSummary("Xem trước việc chuyển hồ sơ đang chạy sang phiên bản mới / Preview moving running dossiers to a new version");

        group.MapGet("/runs", async Task<Ok<IReadOnlyList<MigrationRun>>> (string procedureId, WorkflowEngine engine, CancellationToken ct) =>
            {
                Check(procedureId, null, null).ThrowIfInvalid();
                return TypedResults.Ok(await engine.MigrationRunsAsync(procedureId, ct));
            })
            .RequireAuthorization(Policies.MigrationPreview)
            .WithName("ListMigrationRuns")
            .WithSummary("Các đợt chuyển phiên bản đã chuẩn bị / Prepared migrations");

        group.MapPost("/runs", async Task<Created<MigrationRun>> (string procedureId, MigrationPrepareRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                Check(procedureId, request.TargetVersion, request.Mapping).Required(request.Reason, "reason", InputLimits.Reason).ThrowIfInvalid();
                var run = await engine.PrepareMigrationAsync(procedureId, request.TargetVersion, request.Mapping ?? [], request.Reason!, user.Actor(), ct);
                return TypedResults.Created($"/api/procedures/{procedureId}/migrations/runs/{run.Id}", run);
            })
            .AlsoRefuses(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Analyst)
            .WithName("PrepareMigration")
            .WithSummary("Chuẩn bị việc chuyển hồ sơ sang phiên bản mới (cán bộ phân tích) / Prepare moving running dossiers to a new version (analysts)");

        group.MapGet("/runs/{runId:guid}", async Task<Ok<MigrationRun>> (string procedureId, Guid runId, WorkflowEngine engine, CancellationToken ct) =>
                TypedResults.Ok(await FindAsync(engine, procedureId, runId, ct)))
            .AlsoRefuses(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.MigrationPreview)
            .WithName("GetMigrationRun")
            .WithSummary("Tiến độ và kết quả từng hồ sơ của một đợt chuyển / A migration's progress and each dossier's outcome");

        group.MapPost("/runs/{runId:guid}/start", async Task<Ok<MigrationRun>> (string procedureId, Guid runId, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await FindAsync(engine, procedureId, runId, ct);
                return TypedResults.Ok(await engine.RunMigrationAsync(runId, user.Actor(), cancellationToken: ct));
            })
            .AlsoRefuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Leader)
            .WithName("RunMigration")
            .WithSummary("Chạy (hoặc chạy tiếp) việc chuyển đã chuẩn bị (lãnh đạo đơn vị giữ hồ sơ) / Run, or resume, a prepared migration (leaders of the units holding the dossiers)");
    }

    /// <summary>A procedure has at most a few dozen steps; a longer mapping is not one a person wrote.</summary>
    private const int MaxMappedSteps = 200;

    private static async Task<MigrationRun> FindAsync(WorkflowEngine engine, string procedureId, Guid runId, CancellationToken ct) =>
        await engine.FindMigrationRunAsync(runId, ct) is { } run && run.ProcedureId == procedureId
            ? run
            : throw ApiProblemException.NotFound("migration-run-not-found",
                Language.Pick($"{procedureId} không có đợt chuyển phiên bản {runId}.", $"{procedureId} has no migration {runId}."), "runId");

    private static RequestCheck Check(string procedureId, int? targetVersion, IReadOnlyList<StepMapping>? mapping)
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
