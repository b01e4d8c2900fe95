using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>The desk records that the citizen brought the supplement; processing resumes where it asked.</summary>
    public Task<CommandResult> SupplementReceivedAsync(Guid dossierId, IReadOnlyList<ReceivedDocument> documents, string? note, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            await ActAtDeskAsync(session, "nhận hồ sơ bổ sung", "record a supplement", cancellationToken);
            var wait = OpenWait(session, WaitReason.Supplement, "bổ sung hồ sơ", "a supplement");
            CitizenWaits.Resume(session, wait, "supplement-received", note ?? (documents.Count == 0 ? null : string.Join(", ", documents.Select(d => d.DocumentId))));
        }, cancellationToken);

    /// <summary>Fees or financial obligations were paid (confirmed by an officer or a payment gateway); processing resumes.</summary>
    public Task<CommandResult> PaymentConfirmedAsync(Guid dossierId, string reference, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (string.IsNullOrWhiteSpace(reference))
            {
                throw Invalid("payment-reference-required", "reference", "Ghi số biên lai hoặc chứng từ nộp tiền.", "Give the receipt or payment reference.");
            }

            if (!actor.IsSystem)
            {
                var units = session.Items.Where(i => i.Kind == WorkItemKind.Task).Select(i => i.UnitId!).Append(session.Dossier.ReceivingUnitId).Distinct().ToList();
                Actor? acting = null;
                foreach (var unit in units)
                {
                    if (await Memberships.HoldsAsync(session.Db, actor.Id, unit, ["desk-officer", "specialist", "tax-officer"], session.Context.Today, cancellationToken))
                    {
                        acting = actor with { UnitId = unit };
                        break;
                    }
                }

                session.ActAs(acting ?? throw Forbidden("not-involved", "Chỉ cán bộ của đơn vị đang giải quyết hồ sơ xác nhận được việc nộp tiền.", "Only officers of a unit handling the dossier can confirm a payment."));
            }

            var wait = session.OpenItems.FirstOrDefault(i => i.Kind == WorkItemKind.Wait && i.WaitFor is WaitReason.Payment or WaitReason.Obligation)
                ?? throw Conflict("not-waiting-payment", "Hồ sơ không chờ nộp phí hay thực hiện nghĩa vụ tài chính.", "The dossier is not waiting for a payment.");
            CitizenWaits.Resume(session, wait, "payment-confirmed", reference);
        }, cancellationToken);

    /// <summary>The citizen asks to withdraw the dossier (status 7); everything open is closed.</summary>
    public Task<CommandResult> WithdrawAsync(Guid dossierId, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (actor.Kind == ActorKind.Officer)
            {
                await ActAtDeskAsync(session, "ghi nhận rút hồ sơ", "record a withdrawal", cancellationToken);
            }

            RequireOpen(session, "rút", "withdraw");
            Close(session, DossierState.Withdrawn, "withdraw", reason);
            Notifications.ToCitizen(session, "dossier-withdrawn", "Đã rút hồ sơ", $"Hồ sơ đã được rút theo yêu cầu của Ông/Bà{(string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}")}.");
        }, cancellationToken);

    private static Persistence.Entities.WorkItemRecord OpenWait(DossierSession session, WaitReason reason, string whatVi, string whatEn) =>
        session.OpenItems.FirstOrDefault(i => i.Kind == WorkItemKind.Wait && i.WaitFor == reason)
        ?? throw Conflict("not-waiting", $"Hồ sơ {session.Dossier.Code} không chờ {whatVi}.", $"The dossier is not waiting for {whatEn}.");

    private static void RequireOpen(DossierSession session, string whatVi, string whatEn)
    {
        if (session.Dossier.State is not (DossierState.InProgress or DossierState.Submitted or DossierState.AwaitingCompletion))
        {
            throw Conflict("dossier-closed",
                $"Hồ sơ {session.Dossier.Code} đã kết thúc ({session.Dossier.State}) nên không thể {whatVi}.",
                $"The dossier has ended ({session.Dossier.State}), so it cannot {whatEn}.");
        }
    }

    /// <summary>Ends the dossier outside its process (withdrawal, stop): every open item and timer is closed and journaled.</summary>
    private static void Close(DossierSession session, DossierState state, string command, string? reason)
    {
        foreach (var open in session.OpenItems.ToList())
        {
            session.CancelItem(open, command);
        }

        session.CancelTimers(_ => true);
        session.Dossier.State = state;
        session.Dossier.FinishedAt ??= session.Now;
        session.Dossier.Result = state == DossierState.Withdrawn ? EndResult.Withdrawn : EndResult.Stopped;
        session.Journal(command, reason: reason);
    }
}
