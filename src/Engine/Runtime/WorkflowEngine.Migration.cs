using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Moves a running dossier to a newer published version of its procedure. Every open step
    /// must be mapped to a step of the same kind in the new version; otherwise nothing changes and
    /// the refusal lists what is unmapped. The move is journaled with the mapping and the reason.
    /// </summary>
    public Task<CommandResult> MigrateAsync(Guid dossierId, int targetVersion, IReadOnlyList<StepMapping> mapping, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, session =>
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
            var from = session.Definition;
            var target = session.Context.Workspace.Catalog.Find(dossier.ProcedureId, targetVersion);
            if (target is null || target.Status != DefinitionStatus.Published)
            {
                throw Invalid("target-not-published", "targetVersion",
                    $"{dossier.ProcedureId} không có phiên bản v{targetVersion} đã ban hành.", $"{dossier.ProcedureId} has no published v{targetVersion}.");
            }

            if (target.Version <= from.Version)
            {
                throw Invalid("target-not-newer", "targetVersion",
                    $"Hồ sơ đang chạy v{from.Version}; chỉ chuyển sang phiên bản mới hơn.", $"The dossier runs v{from.Version}; it can only move to a newer version.");
            }

            var open = session.OpenItems.ToList();
            if (open.Any(i => i.ForkPath.Length > 0))
            {
                throw Conflict("migration-inside-branches",
                    "Hồ sơ đang ở các nhánh lấy ý kiến song song; chờ các nhánh kết thúc rồi mới chuyển phiên bản.",
                    "The dossier is inside parallel branches; wait for them to join before migrating.");
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in mapping)
            {
                map[entry.FromStep] = entry.ToStep;
            }

            // A supplement wait resumes at a step of the old version: that step is what must be mapped.
            string StepToMap(Persistence.Entities.WorkItemRecord item) => item.Kind == WorkItemKind.Wait && item.StepId == "supplement" ? item.NextStepId! : item.StepId;
            var unmapped = open.Select(StepToMap).Where(s => !map.ContainsKey(s)).Distinct().ToList();
            if (unmapped.Count > 0)
            {
                throw Invalid("mapping-incomplete", "mapping",
                    $"Chưa chỉ rõ bước nào của v{target.Version} tiếp nhận các bước đang mở: {string.Join(", ", unmapped)}. Không có gì được thay đổi.",
                    $"The mapping does not say where these open steps continue in v{target.Version}: {string.Join(", ", unmapped)}. Nothing was changed.");
            }

            foreach (var item in open)
            {
                var oldStep = StepToMap(item);
                var newStep = target.Process.Find(map[oldStep]);
                var expectedKind = item.Kind == WorkItemKind.Wait && item.StepId != "supplement" ? StepKind.Wait : StepKind.Task;
                if (newStep is null || newStep.Kind != expectedKind)
                {
                    throw Invalid("mapping-wrong-kind", "mapping",
                        $"Bước \"{oldStep}\" phải được chuyển tới một bước {expectedKind.ToString().ToLowerInvariant()} của v{target.Version}; \"{map[oldStep]}\" không phải.",
                        $"\"{oldStep}\" must map to a {expectedKind.ToString().ToLowerInvariant()} step of v{target.Version}; \"{map[oldStep]}\" is not one.");
                }
            }

            session.SwitchDefinition(target);
            dossier.ProcedureVersion = target.Version;
            dossier.ProcedureName = target.Name;
            session.Journal(new MigrateDetail(from.Key, target.Key, mapping), reason: reason);
            var interpreter = new ProcessInterpreter(session);
            foreach (var item in open)
            {
                var newStepId = map[StepToMap(item)];
                if (item.Kind == WorkItemKind.Task)
                {
                    session.CancelItem(item, "migrated");
                    var replacement = interpreter.CreateTask(target.Process.Find(newStepId)!, "", null);
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

            return Task.CompletedTask;
        }, cancellationToken);
}
