using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.Migration;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>Dossiers a run takes up between two progress reports and two reads of what is still pending.</summary>
    public const int MigrationBatchSize = 25;

    /// <summary>
    /// Records a migration ready to run: the dry run must find a place for every open step (the
    /// refusal names each step without one, "step X no longer exists in vN"), and every dossier it
    /// finds ready is listed as pending. Nothing moves until a leader runs it.
    /// </summary>
    public async Task<MigrationRun> PrepareMigrationAsync(string procedureId, int targetVersion, IReadOnlyList<StepMapping> mapping, string reason, Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (actor.Kind != ActorKind.Officer)
        {
            throw Forbidden("migration-not-allowed", "Chỉ cán bộ phân tích quy trình chuẩn bị việc chuyển phiên bản.", "Only process analysts prepare migrations.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Invalid("reason-required", "reason", "Ghi rõ lý do chuyển phiên bản.", "Give the reason for the migration.");
        }

        var plan = await PlanMigrationAsync(procedureId, targetVersion, mapping, cancellationToken);
        if (!plan.CanRun)
        {
            throw MigrationProblem.Refusal(plan.Problems, "Chưa chuẩn bị việc chuyển.", "The migration was not prepared.");
        }

        var ready = plan.Dossiers.Where(d => d.Status == MigrationLineStatus.Ready).ToList();
        if (ready.Count == 0)
        {
            throw Conflict("nothing-to-migrate", $"Không có hồ sơ nào đang chạy trên phiên bản cũ có thể chuyển sang v{plan.TargetVersion}.",
                $"No running dossier on an older version can move to v{plan.TargetVersion}.");
        }

        var run = new MigrationRunRecord
        {
            Id = Guid.NewGuid(),
            ProcedureId = procedureId,
            TargetVersion = plan.TargetVersion,
            Mapping = JsonSerializer.Serialize(plan.Mapping, JournalDetailJson.Options),
            Reason = reason.Trim(),
            Status = MigrationRunStatus.Prepared,
            PreparedBy = actor.Id,
            PreparedByName = actor.Name,
            PreparedAt = _time.GetUtcNow().UtcDateTime,
        };
        await using var db = _db.Create();
        db.MigrationRuns.Add(run);
        db.MigrationRunDossiers.AddRange(ready.Select(line => new MigrationRunDossierRecord
        {
            RunId = run.Id,
            DossierId = line.DossierId,
            Code = line.Code,
            FromVersion = line.FromVersion,
            ReceivingUnitId = line.ReceivingUnitId,
            Steps = string.Join(",", line.OpenSteps),
            Outcome = MigrationDossierOutcome.Pending,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return (await FindMigrationRunAsync(run.Id, cancellationToken))!;
    }

    /// <summary>
    /// Runs a prepared migration, or resumes one cut short: takes up, batch by batch, the pending
    /// dossiers of the units the actor leads, each moved by <see cref="MigrateAsync(Guid, int, IReadOnlyList{StepMapping}, string, Actor, long?, CancellationToken)"/>
    /// in its own transaction with its outcome row; a dossier refused (changed meanwhile, inside
    /// parallel branches) is recorded with the sentence why and the run goes on. Dossiers of other
    /// units stay pending for their own leaders; an actor who leads none of them is refused.
    /// </summary>
    public async Task<MigrationRun> RunMigrationAsync(Guid runId, Actor actor, IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var context = NewContext();
        MigrationRunRecord run;
        List<string> units;
        await using (var db = _db.Create())
        {
            run = await db.MigrationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
                  ?? throw NotFound("migration-run-not-found", "runId", "Không có đợt chuyển phiên bản này.", "There is no such migration.");
            var pendingUnits = await db.MigrationRunDossiers.AsNoTracking()
                .Where(r => r.RunId == runId && r.Outcome == MigrationDossierOutcome.Pending)
                .Select(r => r.ReceivingUnitId).Distinct().OrderBy(u => u).ToListAsync(cancellationToken);
            units = [];
            foreach (var unit in pendingUnits)
            {
                if (actor.IsSystem || (actor.Kind == ActorKind.Officer && await Memberships.HoldsAsync(db, actor.Id, unit, [MigrationLeaderRole], context.Today, cancellationToken)))
                {
                    units.Add(unit);
                }
            }

            if (pendingUnits.Count > 0 && units.Count == 0)
            {
                throw Forbidden("not-migration-leader",
                    $"{actor.Name} không phải lãnh đạo của đơn vị đang giữ các hồ sơ còn chờ chuyển ({string.Join(", ", pendingUnits)}); chỉ lãnh đạo đơn vị đó chạy được việc chuyển phiên bản.",
                    $"{actor.Name} is not a leader of the units holding the dossiers still to move ({string.Join(", ", pendingUnits)}); only a leader of such a unit may run the migration.");
            }

            if (units.Count > 0)
            {
                await db.MigrationRuns.Where(r => r.Id == runId && r.Status == MigrationRunStatus.Prepared).ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.Status, MigrationRunStatus.Running)
                    .SetProperty(r => r.StartedBy, actor.Id)
                    .SetProperty(r => r.StartedByName, actor.Name)
                    .SetProperty(r => r.StartedAt, context.Now.UtcDateTime), cancellationToken);
            }
        }

        var mapping = JsonSerializer.Deserialize<List<StepMapping>>(run.Mapping, JournalDetailJson.Options) ?? [];
        await MovePendingAsync(run, mapping, units, actor, progress, cancellationToken);
        await FinishIfDoneAsync(runId, cancellationToken);
        var result = (await FindMigrationRunAsync(runId, cancellationToken))!;
        _logger.MigrationRunPassed(runId, run.ProcedureId, run.TargetVersion, result.Moved, result.Refused, result.Pending);
        return result;
    }

    private async Task MovePendingAsync(MigrationRunRecord run, IReadOnlyList<StepMapping> mapping, List<string> units, Actor actor,
        IProgress<MigrationProgress>? progress, CancellationToken cancellationToken)
    {
        if (units.Count == 0)
        {
            return;
        }

        int total;
        var done = 0;
        await using (var db = _db.Create())
        {
            total = await db.MigrationRunDossiers.CountAsync(r => r.RunId == run.Id && r.Outcome == MigrationDossierOutcome.Pending && units.Contains(r.ReceivingUnitId), cancellationToken);
        }

        while (true)
        {
            List<(Guid DossierId, string Code)> batch;
            await using (var db = _db.Create())
            {
                batch = (await db.MigrationRunDossiers.AsNoTracking()
                        .Where(r => r.RunId == run.Id && r.Outcome == MigrationDossierOutcome.Pending && units.Contains(r.ReceivingUnitId))
                        .OrderBy(r => r.Code).Take(MigrationBatchSize)
                        .Select(r => new { r.DossierId, r.Code }).ToListAsync(cancellationToken))
                    .Select(r => (r.DossierId, r.Code)).ToList();
            }

            if (batch.Count == 0)
            {
                return;
            }

            foreach (var (dossierId, code) in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await MigrateAsync(dossierId, run.TargetVersion, mapping, run.Reason, actor, null, run.Id, cancellationToken);
                }
                catch (WorkflowException refusal)
                {
                    _logger.MigrationDossierRefused(run.Id, dossierId, code, refusal.Code);
                    await RecordRefusalAsync(run.Id, dossierId, refusal.Message, cancellationToken);
                }

                progress?.Report(new MigrationProgress(++done, total));
            }
        }
    }

    private async Task RecordRefusalAsync(Guid runId, Guid dossierId, string reason, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        await using var db = _db.Create();
        await db.MigrationRunDossiers.Where(r => r.RunId == runId && r.DossierId == dossierId && r.Outcome == MigrationDossierOutcome.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Outcome, MigrationDossierOutcome.Refused).SetProperty(r => r.Reason, reason).SetProperty(r => r.DoneAt, now), cancellationToken);
    }

    private async Task FinishIfDoneAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = _db.Create();
        if (!await db.MigrationRunDossiers.AnyAsync(r => r.RunId == runId && r.Outcome == MigrationDossierOutcome.Pending, cancellationToken))
        {
            var now = _time.GetUtcNow().UtcDateTime;
            await db.MigrationRuns.Where(r => r.Id == runId && r.Status != MigrationRunStatus.Finished)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, MigrationRunStatus.Finished).SetProperty(r => r.FinishedAt, now), cancellationToken);
        }
    }

    /// <summary>One prepared migration with every dossier's outcome so far, or null.</summary>
    public async Task<MigrationRun?> FindMigrationRunAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = _db.Create();
        var run = await db.MigrationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var dossiers = await db.MigrationRunDossiers.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Code).ToListAsync(cancellationToken);
        return View(run, dossiers);
    }

    /// <summary>The procedure's prepared migrations, newest first, with their dossiers' outcomes.</summary>
    public async Task<IReadOnlyList<MigrationRun>> MigrationRunsAsync(string procedureId, CancellationToken cancellationToken = default)
    {
        await using var db = _db.Create();
        var runs = await db.MigrationRuns.AsNoTracking().Where(r => r.ProcedureId == procedureId).ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var dossiers = (await db.MigrationRunDossiers.AsNoTracking().Where(r => ids.Contains(r.RunId)).ToListAsync(cancellationToken)).ToLookup(r => r.RunId);
        return runs.OrderByDescending(r => r.PreparedAt).Select(r => View(r, dossiers[r.Id].OrderBy(d => d.Code).ToList())).ToList();
    }

    private static MigrationRun View(MigrationRunRecord run, IReadOnlyList<MigrationRunDossierRecord> dossiers) =>
        new(run.Id, run.ProcedureId, run.TargetVersion, JsonSerializer.Deserialize<List<StepMapping>>(run.Mapping, JournalDetailJson.Options) ?? [], run.Reason, run.Status,
            run.PreparedByName, Utc(run.PreparedAt), run.StartedByName, run.StartedAt is { } s ? Utc(s) : null, run.FinishedAt is { } f ? Utc(f) : null,
            dossiers.Select(d => new MigrationRunDossier(d.DossierId, d.Code, d.FromVersion, d.ReceivingUnitId, d.Steps.Split(',', StringSplitOptions.RemoveEmptyEntries),
                d.Outcome, d.Reason, d.DoneAt is { } at ? Utc(at) : null)).ToList());

    private static DateTimeOffset Utc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc));
}
