using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>A head of a unit handling the dossier extends its statutory time, with the reason (e.g. bulk certification).</summary>
    public Task<CommandResult> ExtendAsync(Guid dossierId, Duration by, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            await ActAsHeadOfHandlingUnitAsync(session, "gia hạn", "extend", cancellationToken);
            RequireRunningClock(session, "gia hạn", "extend");
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw Invalid("reason-required", "reason", "Ghi rõ lý do gia hạn.", "Give the reason for the extension.");
            }

            CitizenWaits.Append(session, new DeadlineExtended(session.Context.Now, by, reason));
            var state = session.Ledger().Compute(session.Context.Calculator);
            session.Dossier.DueAt = state.Due?.UtcDateTime;
            session.Dossier.AppointmentAt = session.Dossier.DueAt;
            TimerPlanner.ReplanDossier(session);
            session.Journal(new ExtendDetail(by.ToString(), session.Dossier.DueAt), reason: reason);
            OutboxMessages.ToCitizen(session, "dossier-extended", "Gia hạn giải quyết hồ sơ",
                $"Thời hạn giải quyết hồ sơ được gia hạn ({reason}). Ngày hẹn trả kết quả mới: {OutboxMessages.Local(session.Dossier.AppointmentAt)}.");
        }, cancellationToken);

    /// <summary>
    /// The late unit apologises in writing and sets a new appointment (Decree 61 art. 19.9). It
    /// may do so only once per dossier; a second attempt is refused.
    /// </summary>
    public Task<CommandResult> ApologiseAsync(Guid dossierId, DateTimeOffset newAppointment, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            var unitId = await ActAsHeadOfHandlingUnitAsync(session, "xin lỗi và hẹn lại", "apologise and reschedule", cancellationToken);
            RequireRunningClock(session, "hẹn lại", "reschedule");
            if (session.Dossier.Rescheduled)
            {
                throw Conflict("reschedule-once",
                    "Hồ sơ đã được hẹn lại một lần; theo Nghị định 61/2018 (Điều 19.9) chỉ được hẹn lại ngày trả kết quả một lần.",
                    "The dossier was already rescheduled once; Decree 61/2018 art. 19.9 allows one new appointment.");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                throw Invalid("reason-required", "reason", "Ghi rõ lý do chậm trễ.", "Give the reason for the delay.");
            }

            if (session.Dossier.DueAt is { } due && newAppointment.UtcDateTime <= due)
            {
                throw Invalid("appointment-not-later", "newAppointment",
                    $"Ngày hẹn mới phải sau hạn hiện tại ({OutboxMessages.Local(due)}).",
                    $"The new appointment must be after the current due instant ({OutboxMessages.Local(due)}).");
            }

            var window = ApologyWindow.For(session.Context.Calculator, session.Dossier.DueAt!.Value, session.Dossier.ReceivingUnitId);
            if (!window.IsOpenAt(session.Context.Now))
            {
                var opens = VietnamTime.Format(window.OpensAt);
                throw Conflict("apology-too-early",
                    $"Hồ sơ chưa trễ hạn (hạn giải quyết {OutboxMessages.Local(session.Dossier.DueAt)}); chỉ xin lỗi và hẹn lại khi hồ sơ đã hoặc sắp trễ hạn, từ {opens}.",
                    $"The dossier is not late (due {OutboxMessages.Local(session.Dossier.DueAt)}); an apology is possible once it is late or about to be, from {opens}.");
            }

            CitizenWaits.Append(session, new DeadlineRescheduled(session.Context.Now, newAppointment, reason));
            var previous = session.Dossier.AppointmentAt;
            session.Dossier.DueAt = newAppointment.UtcDateTime;
            session.Dossier.AppointmentAt = newAppointment.UtcDateTime;
            session.Dossier.Rescheduled = true;
            TimerPlanner.ReplanDossier(session);
            var onTime = session.Context.Now <= window.LatestOnTime;
            var alreadyLate = ApologiseDetail.WasAlreadyLate(previous, session.Context.NowUtc);
            session.Journal(new ApologiseDetail(unitId, previous, newAppointment.UtcDateTime, window.LatestOnTime.UtcDateTime, onTime, alreadyLate), reason: reason);
            OutboxMessages.ToCitizen(session, "dossier-apology", "Thư xin lỗi và hẹn lại ngày trả kết quả",
                alreadyLate
                    ? $"Cơ quan xin lỗi Ông/Bà vì hồ sơ chưa giải quyết kịp hạn hẹn {OutboxMessages.Local(previous)}. Lý do: {reason}. Ngày hẹn trả kết quả mới: {OutboxMessages.Local(session.Dossier.AppointmentAt)}."
                    : $"Cơ quan xin lỗi Ông/Bà vì hồ sơ sẽ không giải quyết kịp hạn hẹn {OutboxMessages.Local(previous)}. Lý do: {reason}. Ngày hẹn trả kết quả mới: {OutboxMessages.Local(session.Dossier.AppointmentAt)}.");
            OutboxMessages.ToUnit(session, "dossier-apology", session.Dossier.ReceivingUnitId, "desk-officer", "Hồ sơ trễ hạn đã có thư xin lỗi",
                $"{unitId} đã xin lỗi và hẹn lại hồ sơ {session.Dossier.Code} đến {OutboxMessages.Local(session.Dossier.AppointmentAt)}.");
        }, cancellationToken);

    /// <summary>A head stops processing (status 8) with the reason; the citizen is notified.</summary>
    public Task<CommandResult> StopAsync(Guid dossierId, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            await ActAsHeadOfHandlingUnitAsync(session, "dừng xử lý", "stop processing", cancellationToken);
            RequireOpen(session, "dừng xử lý", "stop");
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw Invalid("reason-required", "reason", "Ghi rõ lý do dừng xử lý.", "Give the reason for stopping.");
            }

            Close(session, DossierState.Stopped, JournalKinds.Stop, reason);
            OutboxMessages.ToCitizen(session, "dossier-stopped", "Thông báo dừng xử lý hồ sơ", $"Cơ quan dừng xử lý hồ sơ của Ông/Bà. Lý do: {reason}");
        }, cancellationToken);

    /// <summary>The head acts for a unit that holds an open task of the dossier, or for the receiving unit.</summary>
    private static async Task<string> ActAsHeadOfHandlingUnitAsync(DossierSession session, string whatVi, string whatEn, CancellationToken cancellationToken)
    {
        if (session.Actor.IsSystem)
        {
            return session.Dossier.ReceivingUnitId;
        }

        var units = session.OpenItems.Where(i => i.UnitId is not null).Select(i => i.UnitId!).Append(session.Dossier.ReceivingUnitId).Distinct().ToList();
        foreach (var unit in units)
        {
            if (await Memberships.HoldsAsync(session.Db, session.Actor.Id, unit, Memberships.HeadRoles, session.Context.Today, cancellationToken))
            {
                session.ActAs(await Memberships.RequireAsync(session.Db, session.Actor, unit, Memberships.HeadRoles, session.Context.Today, whatVi, whatEn, cancellationToken));
                return unit;
            }
        }

        throw Forbidden("not-head-of-handling-unit",
            $"Chỉ lãnh đạo đơn vị đang giải quyết hồ sơ ({string.Join(", ", units)}) mới được {whatVi}.",
            $"Only a head of a unit handling the dossier ({string.Join(", ", units)}) may {whatEn}.");
    }

    private static void RequireRunningClock(DossierSession session, string whatVi, string whatEn)
    {
        if (session.Dossier.State != DossierState.InProgress || session.Dossier.DueAt is null || session.Dossier.FinishedAt is not null)
        {
            throw Conflict("clock-not-running",
                $"Thời hạn của hồ sơ {session.Dossier.Code} không đang chạy (hồ sơ chưa tiếp nhận, đang chờ công dân hoặc đã có kết quả) nên không thể {whatVi}.",
                $"The dossier's clock is not running (not accepted, waiting for the citizen, or finished), so it cannot {whatEn}.");
        }
    }
}
