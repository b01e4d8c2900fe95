using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// The desk hands the result to the public postal service (Decision 45/2016): the waybill and the
    /// handover time are recorded, and the return task is completed, so the dossier is returned (status 10).
    /// </summary>
    public Task<CommandResult> ReturnByPostAsync(Guid dossierId, string waybill, DateTimeOffset handedOverAt, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (string.IsNullOrWhiteSpace(waybill) || waybill.Length > 64)
            {
                throw Invalid("waybill-required", "waybill", "Ghi số vận đơn bưu chính (tối đa 64 ký tự).", "Give the postal waybill number (at most 64 characters).");
            }

            if (handedOverAt > session.Context.Now)
            {
                throw Invalid("handover-in-future", "handedOverAt", "Thời điểm bàn giao cho bưu chính không thể ở tương lai.", "The handover time cannot be in the future.");
            }

            var task = session.OpenItems.FirstOrDefault(i => i.Kind == WorkItemKind.Task && i.Phase == StepPhase.Return)
                ?? throw Conflict("no-result-ready", $"Hồ sơ {session.Dossier.Code} chưa có kết quả để trả.", "The dossier has no result ready to return.");
            session.ActAs(await Memberships.RequireAsync(session.Db, actor, task.UnitId!, [task.Role!], session.Context.Today, "trả kết quả qua bưu chính", "return results by post", cancellationToken));
            session.Dossier.PostalWaybillOut = waybill.Trim();
            session.Dossier.PostalHandedOverAt = handedOverAt.UtcDateTime;
            session.Dossier.ResultDelivery = ResultDelivery.Post;
            await MarkDeliveredAsync(session, ResultDelivery.Post, task, cancellationToken);
            CompleteReturnTask(session, task, actor, $"Gửi qua bưu chính, vận đơn {waybill.Trim()}",
                outcome => session.Journal(new ReturnByPostDetail(waybill.Trim(), handedOverAt.UtcDateTime, outcome.Id), item: task));
            if (session.Dossier.State == DossierState.Returned)
            {
                session.Dossier.ReturnedAt = handedOverAt.UtcDateTime;
            }
        }, cancellationToken);

    /// <summary>
    /// Completes the return task with its step's approving outcome and moves the process on (to the
    /// end that returns the dossier); <paramref name="journal"/> writes the entry that says how.
    /// </summary>
    private static void CompleteReturnTask(DossierSession session, WorkItemRecord task, Actor actor, string comment, Action<OutcomeDefinition>? journal = null)
    {
        var step = session.Definition.Process.Find(task.StepId)!;
        var outcome = step.Outcomes.FirstOrDefault(o => o.Kind is OutcomeKind.Approve or OutcomeKind.Forward) ?? step.Outcomes[0];
        TaskCompletion.Close(session, task, actor, outcome, comment);
        journal?.Invoke(outcome);
        new ProcessInterpreter(session).Enter(outcome.To, task.ForkPath, task);
    }

    /// <summary>
    /// The citizen rates the service once the result is returned: very satisfied, satisfied, or not
    /// satisfied with a reason. The rating attaches to the dossier, and through its journal to the
    /// officers and units that handled it.
    /// </summary>
    public Task<CommandResult> RateAsync(Guid dossierId, SatisfactionLevel level, string? reason, string channel, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, async session =>
        {
            if (session.Dossier.State != DossierState.Returned)
            {
                throw Conflict("not-returned", "Chỉ đánh giá được sau khi đã nhận kết quả.", "A dossier can be rated once its result is returned.");
            }

            if (level == SatisfactionLevel.NotSatisfied && string.IsNullOrWhiteSpace(reason))
            {
                throw Invalid("reason-required", "reason", "Xin cho biết lý do chưa hài lòng.", "Please say why you are not satisfied.");
            }

            if (reason is { Length: > 2000 })
            {
                throw Invalid("reason-too-long", "reason", "Lý do dài quá 2.000 ký tự.", "The reason is longer than 2,000 characters.");
            }

            if (channel is not ("online" or "desk" or "officer"))
            {
                throw Invalid("rating-channel", "channel", "Kênh đánh giá phải là online, desk hoặc officer.", "The channel must be online, desk or officer.");
            }

            if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(session.Db.Ratings, r => r.DossierId == dossierId, cancellationToken))
            {
                throw Conflict("already-rated", "Hồ sơ này đã được đánh giá.", "This dossier was already rated.");
            }

            session.Db.Ratings.Add(new Persistence.Entities.RatingRecord
            {
                Id = Guid.CreateVersion7(),
                DossierId = dossierId,
                Level = level,
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                Channel = channel,
                RatedAt = session.Now,
            });
            session.Journal(new RateDetail(level, channel), reason: reason);
        }, cancellationToken);
}
