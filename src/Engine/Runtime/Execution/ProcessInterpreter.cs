using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Expressions;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Moves a dossier through its definition: creates the next tasks and waits, runs decisions,
/// opens and joins parallel branches, and closes the dossier at an end step. Steps that take
/// no time (parallel, join, decision, end) are passed through within the same command.
/// </summary>
internal sealed class ProcessInterpreter(DossierSession session)
{
    private const int MaxPassThroughSteps = 200;
    private int _passThrough;

    /// <summary>Continues the flow at <paramref name="stepId"/>; <paramref name="from"/> is the item whose completion leads there.</summary>
    public void Enter(string stepId, string forkPath, WorkItemRecord? from)
    {
        if (++_passThrough > MaxPassThroughSteps)
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "process-loop",
                $"Quy trình {session.Definition.Key} lặp vô hạn qua các bước tự động quanh \"{stepId}\". Sửa quy trình.",
                $"The process loops through automatic steps around \"{stepId}\".");
        }

        switch (Step(stepId).Typed())
        {
            case TaskStep task:
                CreateTask(task, forkPath, from);
                break;
            case ParallelStep fork:
                Fork(fork, forkPath, from);
                break;
            case JoinStep join:
                Arrive(join, forkPath, from);
                break;
            case DecisionStep decision:
                Decide(decision, forkPath, from);
                break;
            case WaitStep wait:
                Wait(wait, forkPath, from);
                break;
            case FileStep file:
                File(file, forkPath, from);
                break;
            case EndStep end:
                End(end);
                break;
            case var other:
                throw new InvalidStepException(other.Definition, $"is of the kind {other.Kind}, which the interpreter cannot run");
        }
    }

    /// <summary>The step <paramref name="stepId"/> of the dossier's definition; a missing one is a defect of the definition, refused.</summary>
    private StepDefinition Step(string stepId) =>
        session.Definition.Process.Find(stepId) ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "unknown-step",
            $"Quy trình {session.Definition.Key} không có bước \"{stepId}\".", $"The process has no step \"{stepId}\".");

    /// <summary>
    /// A file step (liên thông): the linked dossier is filed at its receiving unit before this command
    /// commits. A parent that waits for it gets an item standing for the child, and its own clock
    /// stands still meanwhile (the child's time is the child's); otherwise it goes on at once.
    /// </summary>
    private void File(FileStep step, string forkPath, WorkItemRecord? from)
    {
        var receiver = AssignmentResolver.ResolveReceiver(session, step);
        var giver = GiverUnit(from) ?? session.Dossier.ReceivingUnitId;
        WorkItemRecord? wait = null;
        if (step.Await != ChildAwait.None)
        {
            wait = session.AddItem(new WorkItemRecord
            {
                Kind = WorkItemKind.Linked,
                StepId = step.Id,
                StepName = step.Name,
                Phase = StepPhase.Processing,
                UnitId = receiver.Id,
                WaitClock = ClockEffect.Pause,
                NextStepId = step.Next,
                ForkPath = forkPath,
                PreviousItemId = from?.Id,
                FromUnitId = giver,
            });
            CitizenWaits.Begin(session, wait, ClockEffect.Pause, $"Chờ hồ sơ liên thông: {step.Name}");
        }

        session.PendingFilings.Add(new PendingFiling(step, receiver, wait, giver));
        if (wait is null)
        {
            Enter(step.Next, forkPath, from);
        }
    }

    /// <param name="continued">The clock of a task this one replaces (a migrated dossier's step): its due and ledger are kept, never restarted.</param>
    public WorkItemRecord CreateTask(TaskStep step, string forkPath, WorkItemRecord? from, ContinuedClock? continued = null)
    {
        var unit = AssignmentResolver.Resolve(session, step);
        var context = session.Context;
        var duration = step.Duration.ToDuration();
        var convention = session.Definition.StatutoryTime.Convention ?? context.Options.Convention;
        var due = continued?.Due ?? context.Calculator.Calculate(context.Now, duration, convention, unit.Id).Due;
        var item = session.AddItem(new WorkItemRecord
        {
            Kind = WorkItemKind.Task,
            StepId = step.Id,
            StepName = step.Name,
            Phase = step.Phase,
            UnitId = unit.Id,
            Role = step.Assignee.Role,
            DueAt = due.UtcDateTime,
            ForkPath = forkPath,
            PreviousItemId = from?.Id,
            FromUnitId = GiverUnit(from),
        });
        if (continued is null)
        {
            session.AddLedgerEvent(new DeadlineStarted(context.Now, duration, convention, unit.Id), item);
        }
        else
        {
            foreach (var kept in continued.Ledger)
            {
                session.AddLedgerEvent(kept, item);
            }
        }

        TimerPlanner.PlanItem(session, item, overdueAlreadyReported: continued?.OverdueReported ?? false);

        if (step.Phase == StepPhase.Return && session.Dossier.FinishedAt is null)
        {
            MarkResultReady();
        }

        TaskArrivalDetail arrival = from is null
            ? new TaskCreatedDetail(step.Id, unit.Id, item.Role, item.DueAt, null, null)
            : new HandoffDetail(step.Id, unit.Id, item.Role, item.DueAt, from.StepId, from.CompletedByName);
        session.Journal(arrival, item: item, handoffFrom: GiverUnit(from), handoffTo: unit.Id, handoffPunctuality: from?.Punctuality);
        OutboxMessages.ToUnit(session, "task-arrived", unit.Id, step.Assignee.Role, $"Hồ sơ mới cần xử lý: {step.Name}",
            $"Hồ sơ {session.Dossier.Code} ({session.Dossier.ProcedureName}) đã chuyển đến {unit.Name}: {step.Name}. Hạn xử lý: {OutboxMessages.Local(item.DueAt)}.");
        return item;
    }

    /// <summary>
    /// The unit that held the dossier when <paramref name="from"/> ended: a task's own unit, or,
    /// for a citizen wait (which no unit holds), the unit that asked the citizen.
    /// </summary>
    private static string? GiverUnit(WorkItemRecord? from) =>
        from?.Kind is WorkItemKind.Wait or WorkItemKind.Linked ? from.FromUnitId : from?.UnitId;

    private void MarkResultReady()
    {
        var dossier = session.Dossier;
        dossier.FinishedAt = session.Now;
        if (dossier.DueAt is { } due)
        {
            dossier.FinishPunctuality = PunctualityClassifier.Classify(session.Context.Now, new DateTimeOffset(due, TimeSpan.Zero));
        }

        // The statutory deadline is met once the result is ready; what is left is the return.
        session.CancelTimers(TimerPlanner.IsDossierTimer);
        OutboxMessages.ToCitizen(session, "result-ready", "Đã có kết quả",
            $"Hồ sơ của Ông/Bà đã có kết quả từ {OutboxMessages.Local(session.Now)}. Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký.");
    }

    /// <summary>
    /// Opens every branch; each branch's first task is handed over by <paramref name="from"/>, the item
    /// before the fork (the asking task, to which the consulted agencies answer back). A consultation
    /// with a deadline gets a durable timer for it, counted in working time at the asking unit.
    /// </summary>
    private void Fork(ParallelStep fork, string forkPath, WorkItemRecord? from)
    {
        var join = Step(fork.Join).AsJoin();
        var instance = Guid.NewGuid().ToString("N")[..12];
        var required = join.Mode switch
        {
            JoinMode.All => fork.Branches.Count,
            JoinMode.Any => 1,
            _ => join.Count ?? fork.Branches.Count,
        };
        var record = new JoinRecord
        {
            Id = Guid.CreateVersion7(),
            DossierId = session.Dossier.Id,
            ForkStepId = fork.Id,
            JoinStepId = join.Id,
            Instance = instance,
            OuterForkPath = forkPath,
            Branches = fork.Branches.Count,
            Required = required,
            AskingItemId = from?.Id,
            AskingUnitId = GiverUnit(from),
        };
        if (fork is { Deadline: { } deadline, OnDeadline: { } effect })
        {
            var context = session.Context;
            var convention = session.Definition.StatutoryTime.Convention ?? context.Options.Convention;
            var due = context.Calculator.Calculate(context.Now, deadline.ToDuration(), convention, record.AskingUnitId ?? session.Dossier.ReceivingUnitId).Due;
            record.DeadlineAt = due.UtcDateTime;
            record.OnDeadline = effect;
            session.AddTimer(TimerKind.ConsultationDeadline, due, join: record);
        }

        session.Joins.Add(record);
        session.Db.Joins.Add(record);
        session.Journal(new ForkDetail(fork.Id, join.Id, fork.Branches, join.Mode, required, instance, record.DeadlineAt, record.OnDeadline));
        for (var i = 0; i < fork.Branches.Count; i++)
        {
            Enter(fork.Branches[i], $"{forkPath}/{fork.Id}#{instance}:{i}", from);
        }
    }

    /// <summary>
    /// A branch reached its join. A consulted agency's answer goes back to the asking unit: the entry
    /// is that handoff (agency → asking unit, with the answer's punctuality). Once enough branches have
    /// arrived the others are closed and the asking task hands the dossier on.
    /// </summary>
    private void Arrive(JoinStep joinStep, string forkPath, WorkItemRecord? from)
    {
        var segments = ForkPath.Segments(forkPath);
        var match = segments.Select((s, index) => (Segment: s, Index: index))
            .LastOrDefault(s => session.Joins.Any(j => j.Instance == s.Segment.Instance && j.JoinStepId == joinStep.Id));
        if (match.Segment is null)
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "join-outside-fork",
                $"Nhánh tới bước hợp nhất \"{joinStep.Id}\" mà không thuộc bước song song của nó. Sửa quy trình.",
                $"A branch reached the join \"{joinStep.Id}\" outside its parallel step.");
        }

        var join = session.Joins.Single(j => j.Instance == match.Segment.Instance);
        var (answerFrom, answerTo) = join.AskingUnitId is { } asking && GiverUnit(from) is { } agency ? (agency, asking) : ((string?)null, (string?)null);
        if (join.CompletedAt is not null)
        {
            session.Journal(new LateBranchClosedDetail(joinStep.Id, join.Instance, match.Segment.Branch), item: from,
                reason: "Nhánh hoàn thành sau khi bước hợp nhất đã đủ điều kiện; không tiếp tục quy trình lần nữa.",
                handoffFrom: answerFrom, handoffTo: answerTo, handoffPunctuality: answerTo is null ? null : from?.Punctuality);
            return;
        }

        join.Arrived++;
        session.Journal(new BranchArrivedDetail(joinStep.Id, join.Instance, match.Segment.Branch, join.Arrived, join.Required), item: from,
            handoffFrom: answerFrom, handoffTo: answerTo, handoffPunctuality: answerTo is null ? null : from?.Punctuality);
        if (join.Arrived < join.Required)
        {
            return;
        }

        CompleteJoin(join, joinStep, from, $"join-{joinStep.Mode.ToString().ToLowerInvariant()}",
            $"Đã đủ {join.Required}/{join.Branches} nhánh tại \"{joinStep.Name}\"; nhánh này được đóng.");
    }

    /// <summary>
    /// Closes the branches still open and continues after the join. The asking task hands the dossier
    /// on (the answers already went back to it); a join opened before it was recorded continues from
    /// the last branch, as it always did.
    /// </summary>
    private void CompleteJoin(JoinRecord join, JoinStep joinStep, WorkItemRecord? lastArrived, string cancelReason, string closedReason)
    {
        join.CompletedAt = session.Now;
        session.CancelTimers(t => t.JoinId == join.Id);
        var prefix = BranchPrefix(join);
        foreach (var open in session.OpenItems.Where(i => (i.ForkPath + "/").StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            session.CancelItem(open, cancelReason);
            session.Journal(new BranchClosedDetail(joinStep.Id, join.Instance), item: open, reason: closedReason);
        }

        var asking = join.AskingItemId is { } askingId ? session.Items.FirstOrDefault(i => i.Id == askingId) : null;
        Enter(joinStep.Next, join.OuterForkPath, asking ?? lastArrived);
    }

    /// <summary>
    /// The consultation's deadline passed (its timer fired). Branches with no answer yet are silent;
    /// a branch waiting for the citizen is not. What follows is the parallel step's <c>onDeadline</c>:
    /// silence counts as agreement and the flow continues, the asking unit's head is told, or the
    /// consultation keeps waiting, overdue. A consultation already joined is left alone.
    /// </summary>
    public void PassConsultationDeadline(TimerRecord timer)
    {
        var join = session.Joins.FirstOrDefault(j => j.Id == timer.JoinId);
        if (join is not { CompletedAt: null, DeadlinePassedAt: null, OnDeadline: { } effect })
        {
            return;
        }

        join.DeadlinePassedAt = session.Now;
        var prefix = BranchPrefix(join);
        var silent = session.OpenItems.Where(i => (i.ForkPath + "/").StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(i => BranchOf(i, join))
            .Where(branch => branch.All(i => i.Kind == WorkItemKind.Task))
            .OrderBy(branch => branch.Key)
            .ToList();
        var silentUnits = silent.SelectMany(b => b).Select(i => i.UnitId!).Distinct().ToList();
        var fork = session.Definition.Process.Find(join.ForkStepId);
        var escalateTo = effect == ConsultationDeadlineEffect.Escalate ? fork?.EscalateTo ?? "head" : null;
        var deadline = OutboxMessages.Local(join.DeadlineAt);
        var silentNames = string.Join(", ", silent.SelectMany(b => b).Select(i => $"{i.StepName} ({i.UnitId})"));
        var what = effect switch
        {
            ConsultationDeadlineEffect.AssumeAgreement => "coi như đồng ý",
            ConsultationDeadlineEffect.Escalate => $"đã báo {escalateTo} của đơn vị xin ý kiến",
            _ => "tiếp tục chờ ý kiến; hồ sơ quá hạn lấy ý kiến",
        };
        session.Journal(new ConsultationDeadlinePassedDetail(timer.Id, join.JoinStepId, join.Instance, join.DeadlineAt, effect,
                silent.Select(b => b.Key).ToList(), silentUnits, join.AskingUnitId, escalateTo),
            reason: $"Quá thời hạn lấy ý kiến ({deadline}); chưa có ý kiến của: {(silent.Count == 0 ? "—" : silentNames)}; {what}.");
        switch (effect)
        {
            case ConsultationDeadlineEffect.AssumeAgreement:
                foreach (var item in silent.SelectMany(b => b))
                {
                    session.CancelItem(item, "deemed-agreed");
                    session.Journal(new BranchClosedDetail(join.JoinStepId, join.Instance), item: item,
                        reason: $"Quá thời hạn lấy ý kiến ({deadline}) không có ý kiến: coi như đồng ý.");
                }

                join.Arrived += silent.Count;
                if (join.Arrived >= join.Required && session.Definition.Process.Find(join.JoinStepId) is { } joinStep)
                {
                    CompleteJoin(join, joinStep.AsJoin(), null, "consultation-deadline", $"Quá thời hạn lấy ý kiến ({deadline}); nhánh này được đóng.");
                }

                break;
            case ConsultationDeadlineEffect.Escalate when join.AskingUnitId is { } asking && escalateTo is { } told:
                OutboxMessages.ToUnit(session, "consultation-overdue-escalation", asking, told, "Quá thời hạn lấy ý kiến",
                    $"Hồ sơ {session.Dossier.Code} ({session.Dossier.ProcedureName}): quá thời hạn lấy ý kiến lúc {deadline}, chưa có ý kiến của: {silentNames}. Đề nghị chỉ đạo xử lý.");
                break;
            default:
                foreach (var item in silent.SelectMany(b => b))
                {
                    OutboxMessages.ToUnit(session, "consultation-overdue", item.UnitId!, item.Role!, "Quá thời hạn cho ý kiến",
                        $"Hồ sơ {session.Dossier.Code}: thời hạn cho ý kiến \"{item.StepName}\" đã hết lúc {deadline}. Đơn vị xin ý kiến vẫn chờ ý kiến của đơn vị.");
                }

                break;
        }
    }

    /// <summary>The start of the fork paths of the items inside one execution of a fork.</summary>
    private static string BranchPrefix(JoinRecord join) => $"{join.OuterForkPath}/{join.ForkStepId}#{join.Instance}:";

    /// <summary>Which branch of <paramref name="join"/>'s fork the item is on.</summary>
    private static int BranchOf(WorkItemRecord item, JoinRecord join) =>
        ForkPath.Segments(item.ForkPath).First(s => s.Instance == join.Instance).Branch;

    private void Decide(DecisionStep step, string forkPath, WorkItemRecord? from)
    {
        var data = DossierData.Read(session.Dossier);
        for (var i = 0; i < step.Rules.Count; i++)
        {
            bool holds;
            try
            {
                holds = ExpressionLanguage.EvaluateCondition(step.Rules[i].When, data);
            }
            catch (ExpressionEvaluationException ex)
            {
                throw new WorkflowException(WorkflowErrorKind.Invalid, "decision-failed",
                    $"Không đánh giá được điều kiện \"{step.Rules[i].When}\" của bước \"{step.Name}\" trên dữ liệu hồ sơ: {ex.Message} Sửa dữ liệu hồ sơ.", ex.Message, "data");
            }

            if (holds)
            {
                session.Journal(new DecisionDetail(step.Id, i, step.Rules[i].When, step.Rules[i].To), item: from);
                Enter(step.Rules[i].To, forkPath, from);
                return;
            }
        }

        session.Journal(DecisionOtherwiseDetail.For(step.Id, step.Otherwise), item: from);
        Enter(step.Otherwise, forkPath, from);
    }

    private void Wait(WaitStep step, string forkPath, WorkItemRecord? from)
    {
        var clock = step.Clock ?? ClockEffect.Run;
        var item = session.AddItem(new WorkItemRecord
        {
            Kind = WorkItemKind.Wait,
            StepId = step.Id,
            StepName = step.Name,
            Phase = StepPhase.Processing,
            WaitFor = step.WaitFor,
            WaitClock = clock,
            NextStepId = step.Next,
            ForkPath = forkPath,
            PreviousItemId = from?.Id,
            FromUnitId = GiverUnit(from),
        });
        CitizenWaits.Begin(session, item, clock, from?.Comment ?? step.Name);
        var citizenDue = CitizenDeadlines.Plan(session, step.Definition, item)?.UtcDateTime;
        var (subject, body) = step.WaitFor == WaitReason.Supplement
            ? ("Yêu cầu bổ sung hồ sơ", $"Đề nghị Ông/Bà bổ sung hồ sơ: {from?.Comment ?? step.Name}.{CitizenDeadlines.Sentence(item)}")
            : ("Thông báo thực hiện nghĩa vụ tài chính", $"Đề nghị Ông/Bà thực hiện: {step.Name}. Sau khi nộp, cơ quan tiếp tục giải quyết hồ sơ.{CitizenDeadlines.Sentence(item)}");
        session.Journal(step.WaitFor == WaitReason.Supplement
            ? new WaitSupplementDetail(step.Id, clock, citizenDue, item.OnExpiry)
            : new WaitPaymentDetail(step.Id, clock, citizenDue, item.OnExpiry), item: item);
        OutboxMessages.ToCitizen(session, step.WaitFor == WaitReason.Supplement ? "supplement-requested" : "payment-requested", subject, body);
    }

    private void End(EndStep step)
    {
        var dossier = session.Dossier;
        foreach (var open in session.OpenItems.ToList())
        {
            session.CancelItem(open, "dossier-ended");
            session.Journal(JournalKinds.BranchClosed, item: open, reason: "Hồ sơ đã kết thúc; công việc còn mở được đóng.");
        }

        session.CancelTimers(_ => true);
        dossier.Result = step.Result;
        dossier.FinishedAt ??= session.Now;
        if (dossier.FinishPunctuality is null && dossier.DueAt is { } due)
        {
            dossier.FinishPunctuality = PunctualityClassifier.Classify(session.Context.Now, new DateTimeOffset(due, TimeSpan.Zero));
        }

        dossier.State = step.Result switch
        {
            EndResult.Issued => DossierState.Returned,
            EndResult.Refused => DossierState.Rejected,
            EndResult.Stopped => DossierState.Stopped,
            _ => DossierState.Withdrawn,
        };
        if (dossier.State == DossierState.Returned)
        {
            dossier.ReturnedAt = session.Now;
        }

        session.Journal(new EndDetail(step.Id, step.Result, dossier.FinishPunctuality));
        var (subject, body) = dossier.State switch
        {
            DossierState.Returned => ("Đã trả kết quả", "Hồ sơ của Ông/Bà đã được trả kết quả. Xin mời Ông/Bà đánh giá mức độ hài lòng."),
            DossierState.Rejected => ("Từ chối giải quyết hồ sơ", $"Cơ quan từ chối giải quyết hồ sơ của Ông/Bà. Lý do được ghi trong văn bản trả lời."),
            DossierState.Stopped => ("Dừng giải quyết hồ sơ", "Cơ quan đã dừng giải quyết hồ sơ của Ông/Bà. Lý do được ghi trong thông báo."),
            _ => ("Đã rút hồ sơ", "Hồ sơ đã được rút theo yêu cầu của Ông/Bà."),
        };
        OutboxMessages.ToCitizen(session, $"dossier-{step.Result.ToString().ToLowerInvariant()}", subject, body);
    }
}
