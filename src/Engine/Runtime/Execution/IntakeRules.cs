using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Expressions;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>The desk's three answers to a dossier (Decree 61 art. 15-16): accept, ask to complete, refuse.</summary>
internal static class IntakeRules
{
    public static void Accept(DossierSession session)
    {
        var dossier = session.Dossier;
        RequireUnchecked(dossier, "tiếp nhận", "accept");
        CloseIntakeCheck(session, "accept");

        // By post the dossier counts as filed when the handover record was signed (Decision 45/2016).
        var start = dossier.Channel == Channel.Post ? new DateTimeOffset(dossier.SubmittedAt, TimeSpan.Zero) : session.Context.Now;
        dossier.AcceptedAt = start.UtcDateTime;
        dossier.State = DossierState.InProgress;
        var duration = StatutoryDuration(session.Definition, dossier);
        var convention = session.Definition.StatutoryTime.Convention ?? session.Context.Options.Convention;
        CitizenWaits.Append(session, new DeadlineStarted(start, duration, convention, dossier.ReceivingUnitId));
        var state = session.Ledger().Compute(session.Context.Calculator);
        dossier.DueAt = state.Due?.UtcDateTime;
        // With linked dossiers to file, the citizen gets one appointment for the whole group.
        dossier.AppointmentAt = GroupAppointment.Plan(session.Context, session.Definition, DossierData.Read(dossier), state.Due, dossier.ReceivingUnitId, session.ReceiptDate)?.UtcDateTime;
        TimerPlanner.ReplanDossier(session);
        session.Journal(new AcceptDetail(duration.ToString(), dossier.DueAt, state.Explanation));
        OutboxMessages.ToCitizen(session, "dossier-accepted", "Hồ sơ đã được tiếp nhận",
            $"Hồ sơ của Ông/Bà đã được tiếp nhận lúc {OutboxMessages.Local(dossier.AcceptedAt)}. Ngày hẹn trả kết quả: {OutboxMessages.Local(dossier.AppointmentAt)}.");
        new ProcessInterpreter(session).Enter(session.Definition.Process.Start, "", null);
    }

    public static void AskToComplete(DossierSession session, IReadOnlyList<string> missing, string? reason)
    {
        var dossier = session.Dossier;
        RequireUnchecked(dossier, "yêu cầu hoàn thiện", "ask to complete");
        if (missing.Count == 0 || missing.Any(string.IsNullOrWhiteSpace))
        {
            throw new WorkflowException(WorkflowErrorKind.Invalid, "missing-list-required",
                "Ghi đủ một lần mọi giấy tờ công dân cần bổ sung, hoàn thiện.", "List, once, every paper the citizen must add.", "missing");
        }

        CloseIntakeCheck(session, "ask-to-complete");
        dossier.State = DossierState.AwaitingCompletion;
        session.Journal(new AskToCompleteDetail(missing), reason: reason);
        OutboxMessages.ToCitizen(session, "dossier-incomplete", "Hồ sơ chưa đầy đủ",
            $"Hồ sơ chưa được tiếp nhận vì còn thiếu: {string.Join("; ", missing)}.{(reason is null ? "" : $" {reason}")} Đề nghị Ông/Bà bổ sung, hoàn thiện và nộp lại.");
    }

    public static void Refuse(DossierSession session, string? reason)
    {
        var dossier = session.Dossier;
        RequireUnchecked(dossier, "từ chối tiếp nhận", "refuse");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrorKind.Invalid, "reason-required",
                "Ghi rõ lý do từ chối tiếp nhận.", "Give the reason for refusing the dossier.", "reason");
        }

        CloseIntakeCheck(session, "refuse");
        dossier.State = DossierState.RefusedAtIntake;
        dossier.FinishedAt = session.Now;
        session.CancelTimers(_ => true);
        session.Journal(JournalKinds.RefuseIntake, reason: reason);
        OutboxMessages.ToCitizen(session, "dossier-refused", "Từ chối tiếp nhận hồ sơ", $"Hồ sơ không được tiếp nhận. Lý do: {reason}");
    }

    public static void OpenIntakeCheck(DossierSession session)
    {
        var unit = session.Context.Organisation.UnitAt(session.Dossier.ReceivingUnitId, session.ReceiptDate)!;
        session.AddItem(new WorkItemRecord
        {
            Kind = WorkItemKind.IntakeCheck,
            StepId = "intake-check",
            StepName = "Kiểm tra hồ sơ nộp trực tuyến / qua bưu chính",
            Phase = StepPhase.Intake,
            UnitId = unit.Id,
            Role = "desk-officer",
            DueAt = session.Context.Calculator.Calculate(session.Context.Now, Duration.WorkingDays(1), session.Context.Options.Convention, unit.Id).Due.UtcDateTime,
        });
        OutboxMessages.ToUnit(session, "intake-arrived", unit.Id, "desk-officer", "Hồ sơ mới cần kiểm tra",
            $"Hồ sơ {session.Dossier.Code} ({session.Dossier.ProcedureName}) nộp {(session.Dossier.Channel == Channel.Post ? "qua bưu chính" : "trực tuyến")} đang chờ kiểm tra.");
    }

    /// <summary>The statutory time for this dossier: the first alternative whose condition holds, or the base time.</summary>
    public static Duration StatutoryDuration(ProcedureDefinition definition, DossierRecord dossier)
    {
        var data = DossierData.Read(dossier);
        foreach (var alternative in definition.StatutoryTime.Alternatives)
        {
            if (ExpressionLanguage.EvaluateCondition(alternative.When, data))
            {
                return new Duration(alternative.Value, alternative.Unit);
            }
        }

        return definition.StatutoryTime.ToDuration();
    }

    private static void RequireUnchecked(DossierRecord dossier, string whatVi, string whatEn)
    {
        if (dossier.State != DossierState.Submitted)
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "intake-already-decided",
                $"Hồ sơ {dossier.Code} không ở trạng thái chờ kiểm tra (đang: {dossier.State}) nên không thể {whatVi}.",
                $"The dossier is not waiting for its intake check (it is {dossier.State}), so it cannot {whatEn}.");
        }
    }

    private static void CloseIntakeCheck(DossierSession session, string outcome)
    {
        foreach (var item in session.OpenItems.Where(i => i.Kind == WorkItemKind.IntakeCheck).ToList())
        {
            item.Status = WorkItemStatus.Completed;
            item.CompletedAt = session.Now;
            item.CompletedById = session.Actor.Id;
            item.CompletedByName = session.Actor.Name;
            item.OutcomeId = outcome;
            if (item.DueAt is { } due)
            {
                item.Punctuality = PunctualityClassifier.Classify(session.Context.Now, new DateTimeOffset(due, TimeSpan.Zero));
            }
        }
    }
}
