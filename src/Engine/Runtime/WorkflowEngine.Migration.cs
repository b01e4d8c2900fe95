using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.Migration;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Moves a running dossier to a newer published version of its procedure. Only a leader of the
    /// dossier's receiving unit may do it. Every open step must have a place in the new version: a
    /// step of the same id and kind is kept, any other must be mapped to a step of the same kind;
    /// otherwise nothing changes and the refusal names each step without a place. A moved step keeps
    /// its clock (due instant and ledger; an overdue step stays overdue). Journaled with the mapping.
    /// </summary>
    public Task<CommandResult> MigrateAsync(Guid dossierId, int targetVersion, IReadOnlyList<StepMapping> mapping, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        MigrateAsync(dossierId, targetVersion, mapping, reason, actor, expectedVersion, null, cancellationToken);

    /// <summary>The move itself; within a prepared run, the dossier's outcome row is marked moved in the move's own transaction.</summary>
    private Task<CommandResult> MigrateAsync(Guid dossierId, int targetVersion, IReadOnlyList<StepMapping> mapping, string reason, Actor actor, long? expectedVersion,
        Guid? runId, CancellationToken cancellationToken) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (actor.Kind == ActorKind.Citizen)
            {
                throw Forbidden("migration-not-allowed", "Công dân không chuyển phiên bản quy trình.", "Citizens cannot migrate dossiers.");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                throw Invalid("reason-required", "reason", "Ghi rõ lý do chuyển phiên bản.", "Give the reason for the migration.");
            }

            RequireOpen(session, "chuyển phiên bản", "migrate");
            var dossier = session.Dossier;
            await Memberships.RequireAsync(session, actor, dossier.ReceivingUnitId, [MigrationLeaderRole],
                "chuyển hồ sơ sang phiên bản quy trình mới", "move dossiers to a new version of their procedure", cancellationToken);
            var from = session.Definition;
            var target = MigrationTarget(session.Context.Workspace.Catalog, dossier.ProcedureId, targetVersion);
            if (target.Version <= from.Version)
            {
                throw Invalid("target-not-newer", "targetVersion",
                    $"Hồ sơ đang chạy v{from.Version}; chỉ chuyển sang phiên bản mới hơn.", $"The dossier runs v{from.Version}; it can only move to a newer version.");
            }

            var open = session.OpenItems.ToList();
            if (open.Any(i => i.ForkPath.Length > 0))
            {
                throw Conflict(MigrationProblem.InsideBranches,
                    "Hồ sơ đang ở các nhánh lấy ý kiến song song; chờ các nhánh kết thúc rồi mới chuyển phiên bản.",
                    "The dossier is inside parallel branches; wait for them to join before migrating.");
            }

            var (completed, problems) = MigrationSteps.Complete(open.Select(i => (MigrationSteps.StepToMap(i), MigrationSteps.ExpectedKind(i))), mapping, target);
            if (problems.Count > 0)
            {
                throw MigrationProblem.Refusal(problems, "Không có gì được thay đổi.", "Nothing was changed.");
            }

            var map = completed.ToDictionary(m => m.FromStep, m => m.ToStep, StringComparer.Ordinal);
            // Each open task's clock is read before its timers are cancelled: whether its lateness was already reported.
            var clocks = open.Where(i => i.Kind == WorkItemKind.Task && i.DueAt is not null).ToDictionary(i => i.Id, i => new ContinuedClock(
                new DateTimeOffset(i.DueAt!.Value, TimeSpan.Zero), session.Ledger(i).Events,
                !session.PendingTimers.Any(t => t.WorkItemId == i.Id && t.Kind == TimerKind.StepOverdue && t.Status == TimerStatus.Pending)));
            session.SwitchDefinition(target);
            dossier.ProcedureVersion = target.Version;
            dossier.ProcedureName = target.Name;
            if (runId is { } run)
            {
                var row = await session.Db.MigrationRunDossiers.SingleAsync(r => r.RunId == run && r.DossierId == dossier.Id, cancellationToken);
                if (row.Outcome != MigrationDossierOutcome.Pending)
                {
                    throw Conflict("migration-already-done",
                        $"Hồ sơ {dossier.Code} đã được xử lý trong đợt chuyển này.", $"Dossier {dossier.Code} was already handled by this migration.");
                }

                row.Outcome = MigrationDossierOutcome.Moved;
                row.DoneAt = session.Context.Now.UtcDateTime;
            }

            session.Journal(new MigrateDetail(from.Key, target.Key, completed, runId), reason: reason);
            var interpreter = new ProcessInterpreter(session);
            foreach (var item in open)
            {
                var newStepId = map[MigrationSteps.StepToMap(item)];
                if (item.Kind == WorkItemKind.Task)
                {
                    session.CancelItem(item, ConsultationAnswers.Migrated);
                    var replacement = interpreter.CreateTask(target.Process.Find(newStepId)!.AsTask(), "", null, clocks.GetValueOrDefault(item.Id));
                    if (item.AssigneeId is not null && replacement.UnitId == item.UnitId && replacement.Role == item.Role)
                    {
                        replacement.AssigneeId = item.AssigneeId;
                        replacement.AssigneeName = item.AssigneeName;
                        replacement.ClaimedAt = item.ClaimedAt;
                    }
                }
                else if (item.StepId == "supplement")
                {
                    item.NextStepId = newStepId;
                }
                else
                {
                    var newWait = target.Process.Find(newStepId)!;
                    item.StepId = newWait.Id;
                    item.StepName = newWait.Name;
                    item.NextStepId = newWait.Next;
                }
            }
        }, cancellationToken);

    /// <summary>
    /// The dry run: every running dossier of the procedure on an older version, where it stands, and
    /// what moving it to <paramref name="targetVersion"/> with <paramref name="mapping"/> would do.
    /// Changes nothing.
    /// </summary>
    public async Task<MigrationPlan> PlanMigrationAsync(string procedureId, int targetVersion, IReadOnlyList<StepMapping> mapping, CancellationToken cancellationToken = default)
    {
        var context = NewContext();
        var target = MigrationTarget(context.Workspace.Catalog, procedureId, targetVersion);
        await using var db = _db.Create();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.ProcedureId == procedureId && d.ProcedureVersion < target.Version
                        && (d.State == DossierState.InProgress || d.State == DossierState.Submitted || d.State == DossierState.AwaitingCompletion))
            .OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.ProcedureVersion, d.ReceivingUnitId, d.DueAt })
            .ToListAsync(cancellationToken);
        var ids = dossiers.Select(d => d.Id).ToList();
        var items = (await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.DossierId) && w.Status == WorkItemStatus.Open).ToListAsync(cancellationToken))
            .ToLookup(w => w.DossierId);
        var now = context.Now.UtcDateTime;
        var (completed, problems) = MigrationSteps.Complete(
            items.SelectMany(g => g).Where(i => i.ForkPath.Length == 0).Select(i => (MigrationSteps.StepToMap(i), MigrationSteps.ExpectedKind(i))), mapping, target);
        var lines = dossiers.Select(d =>
        {
            var open = items[d.Id].ToList();
            var steps = open.Select(MigrationSteps.StepToMap).Distinct().ToList();
            var overdue = d.DueAt < now || open.Any(i => i.DueAt < now);
            if (open.Any(i => i.ForkPath.Length > 0))
            {
                return new MigrationPlanLine(d.Id, d.Code, d.ProcedureVersion, d.ReceivingUnitId, steps, overdue, MigrationLineStatus.InsideBranches,
                    [new MigrationProblem(MigrationProblem.InsideBranches, null, "Hồ sơ đang ở các nhánh lấy ý kiến song song; chuyển được khi các nhánh đã kết thúc.",
                        "The dossier is inside parallel branches; it can move once they have joined.")]);
            }

            // The plan's problems were found once over every dossier's steps; each dossier gets those about its own.
            var own = problems.Where(p => p.Step is not null && steps.Contains(p.Step)).ToList();
            return new MigrationPlanLine(d.Id, d.Code, d.ProcedureVersion, d.ReceivingUnitId, steps, overdue, own.Count == 0 ? MigrationLineStatus.Ready : MigrationLineStatus.NeedsMapping, own);
        }).ToList();
        return new MigrationPlan(procedureId, target.Version, completed, MigrationSteps.Choices(target), problems, lines);
    }

    /// <summary>Who may move running dossiers: the leader of their receiving unit (analysts prepare the mapping).</summary>
    private const string MigrationLeaderRole = "leader";

    private static ProcedureDefinition MigrationTarget(ProcedureCatalog catalog, string procedureId, int targetVersion) =>
        catalog.Find(procedureId, targetVersion) is { Status: DefinitionStatus.Published } target
            ? target
            : throw Invalid("target-not-published", "targetVersion",
                $"{procedureId} không có phiên bản v{targetVersion} đã ban hành.", $"{procedureId} has no published v{targetVersion}.");
}
