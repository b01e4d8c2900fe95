using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
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
            CitizenWaits.Resume(session, wait, (clock, due) => new SupplementReceivedDetail(clock, due), note ?? (documents.Count == 0 ? null : string.Join(", ", documents.Select(d => d.DocumentId))));
        }, cancellationToken);

    /// <summary>
    /// Records a payment of fees or financial obligations. Paid at the desk or by a bank transfer an
    /// officer saw arrive, it is confirmed at once; through a gateway it waits for the gateway's
    /// answer. A confirmed payment ends a wait for payment: processing resumes (status 6 → 4).
    /// </summary>
    public Task<CommandResult> RecordPaymentAsync(Guid dossierId, PaymentMethod method, decimal amount, string reference, Actor actor, string? feeId = null, string? description = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (method != PaymentMethod.Gateway)
            {
                await ActAsHandlingOfficerAsync(session, cancellationToken);
            }
            else if (actor.Kind == ActorKind.Officer)
            {
                throw Forbidden("gateway-by-officer", "Thanh toán qua cổng do công dân thực hiện, không do cán bộ ghi nhận.", "Gateway payments are made by the citizen, not recorded by officers.");
            }

            if (string.IsNullOrWhiteSpace(reference) || reference.Length > 100)
            {
                throw Invalid("payment-reference-required", "reference", "Ghi số biên lai, mã giao dịch hoặc chứng từ nộp tiền (tối đa 100 ký tự).", "Give the receipt, transfer or transaction reference (at most 100 characters).");
            }

            if (amount < 0 || amount > 100_000_000_000m)
            {
                throw Invalid("payment-amount", "amount", "Số tiền không hợp lệ.", "The amount is not valid.");
            }

            if (feeId is not null && session.Definition.Fees.All(f => f.Id != feeId))
            {
                throw Invalid("unknown-fee", "feeId", $"Thủ tục không có khoản phí \"{feeId}\".", $"The procedure has no fee \"{feeId}\".");
            }

            var confirmed = method != PaymentMethod.Gateway;
            var payment = new PaymentRecord
            {
                Id = Guid.CreateVersion7(),
                DossierId = dossierId,
                FeeId = feeId,
                Description = description ?? (feeId is null ? "Nghĩa vụ tài chính" : session.Definition.Fees.First(f => f.Id == feeId).Name),
                Amount = amount,
                Method = method,
                Reference = reference.Trim(),
                Status = confirmed ? PaymentStatus.Confirmed : PaymentStatus.Pending,
                RecordedAt = session.Now,
                ConfirmedAt = confirmed ? session.Now : null,
                ConfirmedBy = confirmed ? session.Actor.Name : null,
            };
            session.Db.Payments.Add(payment);
            session.Journal(confirmed
                ? new PaymentConfirmedDetail(payment.Id, method, amount, payment.Reference, feeId)
                : new PaymentStartedDetail(payment.Id, method, amount, payment.Reference, feeId));
            if (confirmed)
            {
                ResumePaymentWait(session, payment.Reference);
            }
        }, cancellationToken);

    /// <summary>An officer confirms the fees or obligations were paid at the desk (receipt number as reference).</summary>
    public Task<CommandResult> PaymentConfirmedAsync(Guid dossierId, string reference, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        RecordPaymentAsync(dossierId, PaymentMethod.Desk, 0, reference, actor, description: "Nghĩa vụ tài chính (theo thông báo)", expectedVersion: expectedVersion, cancellationToken: cancellationToken);

    /// <summary>The gateway's answer for a payment it was given: confirmed (processing resumes) or failed.</summary>
    public async Task<CommandResult> GatewayPaymentResultAsync(string reference, bool succeeded, CancellationToken cancellationToken = default)
    {
        Guid dossierId;
        await using (var db = _db.Create())
        {
            dossierId = await db.Payments.AsNoTracking().Where(p => p.Method == PaymentMethod.Gateway && p.Reference == reference)
                .Select(p => (Guid?)p.DossierId).FirstOrDefaultAsync(cancellationToken)
                ?? throw NotFound("payment-not-found", "reference", $"Không có giao dịch {reference}.", $"There is no payment {reference}.");
        }

        return await ExecuteAsync(dossierId, Actor.System, null, async session =>
        {
            var payment = await session.Db.Payments.SingleAsync(p => p.Method == PaymentMethod.Gateway && p.Reference == reference, cancellationToken);
            if (payment.Status != PaymentStatus.Pending)
            {
                return;
            }

            payment.Status = succeeded ? PaymentStatus.Confirmed : PaymentStatus.Failed;
            payment.ConfirmedAt = session.Now;
            payment.ConfirmedBy = "gateway";
            session.Journal(succeeded
                ? new PaymentConfirmedDetail(payment.Id, payment.Method, payment.Amount, reference)
                : new PaymentFailedDetail(payment.Id, payment.Method, payment.Amount, reference));
            if (succeeded)
            {
                ResumePaymentWait(session, reference);
            }
            else
            {
                OutboxMessages.ToCitizen(session, "payment-failed", "Thanh toán không thành công", $"Giao dịch {reference} không thành công. Đề nghị Ông/Bà thanh toán lại.");
            }
        }, cancellationToken);
    }

    private static void ResumePaymentWait(DossierSession session, string reference)
    {
        var wait = session.OpenItems.FirstOrDefault(i => i.Kind == WorkItemKind.Wait && i.WaitFor is WaitReason.Payment or WaitReason.Obligation);
        if (wait is not null)
        {
            CitizenWaits.Resume(session, wait, (clock, due) => new PaymentReceivedDetail(clock, due), reference);
        }
    }

    private static async Task ActAsHandlingOfficerAsync(DossierSession session, CancellationToken cancellationToken)
    {
        var actor = session.Actor;
        if (actor.IsSystem)
        {
            return;
        }

        var units = session.Items.Where(i => i.Kind == WorkItemKind.Task).Select(i => i.UnitId!).Append(session.Dossier.ReceivingUnitId).Distinct().ToList();
        foreach (var unit in units)
        {
            foreach (var role in new[] { "desk-officer", "specialist", "tax-officer" })
            {
                if (await Memberships.HoldsAsync(session.Db, actor.Id, unit, [role], session.Context.Today, cancellationToken))
                {
                    session.ActAs(actor with { UnitId = unit, Role = role });
                    return;
                }
            }
        }

        throw Forbidden("not-involved", "Chỉ cán bộ của đơn vị đang giải quyết hồ sơ xác nhận được việc nộp tiền.", "Only officers of a unit handling the dossier can confirm a payment.");
    }

    /// <summary>The citizen asks to withdraw the dossier (status 7); everything open is closed.</summary>
    public Task<CommandResult> WithdrawAsync(Guid dossierId, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (actor.Kind == ActorKind.Officer)
            {
                await ActAtDeskAsync(session, "ghi nhận rút hồ sơ", "record a withdrawal", cancellationToken);
            }

            RequireOpen(session, "rút", "withdraw");
            Close(session, DossierState.Withdrawn, JournalKinds.Withdraw, reason);
            OutboxMessages.ToCitizen(session, "dossier-withdrawn", "Đã rút hồ sơ", $"Hồ sơ đã được rút theo yêu cầu của Ông/Bà{(string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}")}.");
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
