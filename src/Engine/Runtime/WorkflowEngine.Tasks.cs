using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
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
    /// <summary>
    /// An officer of the task's unit and role takes it into their own inbox ("received" for the handoff).
    /// Claiming a task one already holds succeeds and changes nothing, so a client may repeat a claim whose answer it did not get.
    /// </summary>
    public async Task<CommandResult> ClaimAsync(Guid workItemId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        return await ExecuteOnTaskAsync(workItemId, actor, expectedVersion, async session =>
        {
            var item = OpenTask(session, workItemId);
            var acting = await Memberships.RequireAsync(session, actor, item.UnitId!, [item.Role!], "nhận xử lý công việc này", "claim this task", cancellationToken);
            session.ActAs(acting);
            if (item.AssigneeId is { } current && current != actor.Id)
            {
                throw Conflict("task-taken", $"Công việc đã được giao cho {item.AssigneeName} lúc {OutboxMessages.Local(item.ClaimedAt)}.",
                    $"The task is already held by {item.AssigneeName} since {OutboxMessages.Local(item.ClaimedAt)}.");
            }

            if (item.AssigneeId == actor.Id)
            {
                // Already theirs: a claim sent again because its answer never arrived (a node or the network
                // failed after the commit) changes nothing, so the task is received once, at its first claim.
                return;
            }

            item.AssigneeId = actor.Id;
            item.AssigneeName = actor.Name;
            item.ClaimedAt = session.Now;
            session.Journal(JournalKinds.Claim, item: item);
        }, cancellationToken);
    }

    /// <summary>The holder (or a head of the unit) puts the task back in the unit's inbox.</summary>
    public async Task<CommandResult> ReleaseAsync(Guid workItemId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        return await ExecuteOnTaskAsync(workItemId, actor, expectedVersion, async session =>
        {
            var item = OpenTask(session, workItemId);
            if (await ActingForHolderAsync(session, item, actor, cancellationToken) is { } delegation)
            {
                ActFor(session, item, actor, delegation);
            }
            else if (item.AssigneeId != actor.Id)
            {
                session.ActAs(await Memberships.RequireAsync(session, actor, item.UnitId!, Memberships.HeadRoles, "trả công việc về đơn vị", "release this task", cancellationToken));
            }
            else
            {
                session.ActAs(actor with { UnitId = item.UnitId, Role = item.Role });
            }

            var previous = item.AssigneeName;
            item.AssigneeId = null;
            item.AssigneeName = null;
            item.ClaimedAt = null;
            session.Journal(new ReleaseDetail(previous), item: item);
        }, cancellationToken);
    }

    /// <summary>A head of the unit gives the task to a named officer who holds its role there.</summary>
    public Task<CommandResult> AssignAsync(Guid workItemId, string officerId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        HandOverAsync(workItemId, officerId, actor, expectedVersion, delegating: false, cancellationToken);

    /// <summary>The officer holding the task passes it to a colleague who holds its role at the unit.</summary>
    public Task<CommandResult> DelegateAsync(Guid workItemId, string officerId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        HandOverAsync(workItemId, officerId, actor, expectedVersion, delegating: true, cancellationToken);

    private async Task<CommandResult> HandOverAsync(Guid workItemId, string officerId, Actor actor, long? expectedVersion, bool delegating, CancellationToken cancellationToken)
    {
        return await ExecuteOnTaskAsync(workItemId, actor, expectedVersion, async session =>
        {
            var item = OpenTask(session, workItemId);
            if (delegating)
            {
                if (item.AssigneeId != actor.Id)
                {
                    throw Forbidden("not-the-holder", "Chỉ người đang giữ công việc mới chuyển được cho người khác.", "Only the officer holding the task can delegate it.");
                }

                session.ActAs(actor with { UnitId = item.UnitId, Role = item.Role });
            }
            else
            {
                session.ActAs(await Memberships.RequireAsync(session, actor, item.UnitId!, Memberships.HeadRoles, "phân công công việc", "assign tasks", cancellationToken));
            }

            var officer = await session.Db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officerId && o.Active, cancellationToken)
                ?? throw Invalid("officer-not-found", "officerId", $"Không có cán bộ \"{officerId}\" đang hoạt động.", $"There is no active officer \"{officerId}\".");
            if (!await Memberships.HoldsAsync(session.Db, officer.Id, item.UnitId!, [item.Role!], session.Context.Today, cancellationToken))
            {
                throw Invalid("officer-not-in-role", "officerId",
                    $"{officer.DisplayName} không giữ vai trò {item.Role} tại {item.UnitId}.",
                    $"{officer.DisplayName} does not hold the role {item.Role} at {item.UnitId}.");
            }

            var previous = item.AssigneeName;
            item.AssigneeId = officer.Id;
            item.AssigneeName = officer.DisplayName;
            item.ClaimedAt = session.Now;
            session.Journal(delegating ? new DelegateDetail(officer.Id, officer.DisplayName, previous) : new AssignDetail(officer.Id, officer.DisplayName, previous), item: item);
            OutboxMessages.ToOfficer(session, "task-assigned", officer.Id, $"Được giao: {item.StepName}",
                $"{actor.Name} đã giao cho Ông/Bà công việc \"{item.StepName}\" của hồ sơ {session.Dossier.Code}. Hạn: {OutboxMessages.Local(item.DueAt)}.");
        }, cancellationToken);
    }

    /// <summary>
    /// Finishes a task with one of its step's outcomes. The flow moves on exactly once: a second
    /// completion of the same task is refused with who completed it and when. A consulted agency's
    /// task whose branch was already closed (its join had enough answers, the consultation's deadline
    /// passed, the dossier ended) takes the answer as a late contribution: kept and journaled, once,
    /// without moving the dossier.
    /// </summary>
    public async Task<CommandResult> CompleteAsync(CompleteTask command, Actor actor, CancellationToken cancellationToken = default)
    {
        return await ExecuteOnTaskAsync(command.WorkItemId, actor, command.ExpectedVersion, async session =>
        {
            var found = session.Items.Single(i => i.Id == command.WorkItemId);
            var item = ConsultationAnswers.CanAnswerLate(found) ? found : OpenTask(session, command.WorkItemId);
            if (item.AnsweredLateAt is { } answered)
            {
                throw Conflict("late-contribution-recorded",
                    $"Ý kiến cho công việc \"{item.StepName}\" đã được {item.CompletedByName} gửi lúc {OutboxMessages.Local(answered)} và đã được lưu.",
                    $"The answer to \"{item.StepId}\" was already sent by {item.CompletedByName} at {OutboxMessages.Local(answered)} and is kept.");
            }

            var delegation = await ActingForHolderAsync(session, item, actor, cancellationToken);
            if (item.AssigneeId is { } holder && holder != actor.Id && !actor.IsSystem && delegation is null)
            {
                throw Forbidden("held-by-another", $"Công việc đang do {item.AssigneeName} xử lý.", $"The task is held by {item.AssigneeName}.");
            }

            if (delegation is null)
            {
                session.ActAs(await Memberships.RequireAsync(session, actor, item.UnitId!, [item.Role!], "hoàn thành công việc này", "complete this task", cancellationToken));
            }
            var step = session.Definition.Process.Find(item.StepId)!;
            var outcome = step.Outcomes.FirstOrDefault(o => o.Id == command.OutcomeId)
                ?? throw Invalid("unknown-outcome", "outcomeId",
                    $"Bước \"{step.Name}\" không có lựa chọn \"{command.OutcomeId}\"; các lựa chọn: {string.Join(", ", step.Outcomes.Select(o => o.Id))}.",
                    $"The step has no outcome \"{command.OutcomeId}\"; it offers: {string.Join(", ", step.Outcomes.Select(o => o.Id))}.");
            var needsComment = outcome.RequiresComment || outcome.Kind is OutcomeKind.Rework or OutcomeKind.Supplement or OutcomeKind.Reject or OutcomeKind.Stop;
            if (needsComment && string.IsNullOrWhiteSpace(command.Comment))
            {
                throw Invalid("comment-required", "comment", $"Ghi rõ lý do khi chọn \"{outcome.Name}\".", $"Say why when choosing \"{outcome.Name}\".");
            }

            if (command.Comment is { Length: > 4000 })
            {
                throw Invalid("comment-too-long", "comment", "Ý kiến dài quá 4.000 ký tự.", "The comment is longer than 4,000 characters.");
            }

            if (delegation is not null)
            {
                ActFor(session, item, actor, delegation);
            }

            if (item.Status == WorkItemStatus.Cancelled)
            {
                ConsultationAnswers.RecordLate(session, item, outcome, command, actor);
                return;
            }

            if (outcome.Kind == OutcomeKind.Supplement)
            {
                RequireFirstSupplementRequest(session);
            }

            item.AttachmentsJson = command.Attachments is { Count: > 0 } attachments ? System.Text.Json.JsonSerializer.Serialize(attachments) : null;
            TaskCompletion.Close(session, item, actor, outcome, command.Comment);
            session.Journal(new CompleteDetail(outcome.Id, outcome.Kind, outcome.To, item.Punctuality, command.Attachments), reason: command.Comment, item: item);

            if (outcome.Kind == OutcomeKind.Supplement)
            {
                RequestSupplement(session, item, outcome.To, command.Comment!);
            }
            else
            {
                new ProcessInterpreter(session).Enter(outcome.To, item.ForkPath, item);
            }
        }, cancellationToken);
    }

    private void RequireFirstSupplementRequest(DossierSession session)
    {
        var earlier = session.Items.Count(i => i.Kind == WorkItemKind.Wait && i.WaitFor == WaitReason.Supplement
                                               && (i.StepId == "supplement" || SupplementWaitStep(session, i.StepId) is not null));
        if (earlier >= _options.SupplementRequestsAllowed)
        {
            throw Conflict("supplement-once",
                "Theo Nghị định 61/2018 (Điều 19.4), chỉ yêu cầu bổ sung hồ sơ một lần, nêu đầy đủ mọi giấy tờ còn thiếu; hồ sơ này đã được yêu cầu bổ sung.",
                "Decree 61/2018 art. 19.4 allows one request listing everything missing, and this dossier already had one.");
        }
    }

    /// <summary>
    /// A wait step for a supplement that a supplement outcome leads to: the request is that wait (its
    /// clock, its citizen's deadline), and processing resumes at its <c>next</c>.
    /// </summary>
    private static StepDefinition? SupplementWaitStep(DossierSession session, string stepId) =>
        session.Definition.Process.Find(stepId) is { Kind: StepKind.Wait, WaitFor: WaitReason.Supplement } step ? step : null;

    /// <summary>Status 5: the dossier waits for the citizen; the clock restarts (or resumes) when the supplement arrives.</summary>
    private static void RequestSupplement(DossierSession session, WorkItemRecord requestedBy, string resumeAt, string missing)
    {
        var waitStep = SupplementWaitStep(session, resumeAt);
        var clock = waitStep?.Clock ?? session.Definition.Supplement.Clock;
        var wait = session.AddItem(new WorkItemRecord
        {
            Kind = WorkItemKind.Wait,
            StepId = waitStep?.Id ?? "supplement",
            StepName = waitStep?.Name ?? "Chờ công dân bổ sung hồ sơ",
            Phase = StepPhase.Processing,
            WaitFor = WaitReason.Supplement,
            WaitClock = clock,
            NextStepId = waitStep?.Next ?? resumeAt,
            ForkPath = requestedBy.ForkPath,
            PreviousItemId = requestedBy.Id,
            FromUnitId = requestedBy.UnitId,
            Comment = missing,
        });
        CitizenWaits.Begin(session, wait, clock, missing);
        var citizenDue = waitStep is null ? null : CitizenDeadlines.Plan(session, waitStep, wait)?.UtcDateTime;
        var noticeDue = session.Context.Calculator.Calculate(new DateTimeOffset(session.Dossier.AcceptedAt!.Value, TimeSpan.Zero),
            session.Definition.Supplement.NoticeWithin.ToDuration(), session.Context.Options.Convention, session.Dossier.ReceivingUnitId).Due;
        var lateNotice = session.Context.Now > noticeDue;
        session.Journal(new RequestSupplementDetail(clock, wait.NextStepId!, noticeDue.UtcDateTime, lateNotice, citizenDue, wait.OnExpiry), reason: missing, item: wait);
        OutboxMessages.ToCitizen(session, "supplement-requested", "Yêu cầu bổ sung, hoàn thiện hồ sơ",
            $"Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ: {missing}. " +
            (clock == ClockEffect.Restart ? "Thời hạn giải quyết được tính lại từ đầu khi nhận đủ hồ sơ." : "Thời hạn giải quyết tạm dừng đến khi nhận đủ hồ sơ.") +
            CitizenDeadlines.Sentence(wait));
    }

    private static WorkItemRecord OpenTask(DossierSession session, Guid workItemId)
    {
        var item = session.Items.Single(i => i.Id == workItemId);
        if (item.Kind != WorkItemKind.Task)
        {
            throw Conflict("not-a-task", "Đây không phải công việc của cán bộ.", "This item is not an officer's task.");
        }

        return item.Status switch
        {
            WorkItemStatus.Completed => throw Conflict("task-already-completed",
                $"Công việc \"{item.StepName}\" đã được {item.CompletedByName} hoàn thành lúc {OutboxMessages.Local(item.CompletedAt)}.",
                $"The task \"{item.StepId}\" was already completed by {item.CompletedByName} at {OutboxMessages.Local(item.CompletedAt)}."),
            WorkItemStatus.Cancelled => throw Conflict("task-closed",
                $"Công việc \"{item.StepName}\" đã đóng lúc {OutboxMessages.Local(item.CompletedAt)} ({item.CancelReason}).",
                $"The task \"{item.StepId}\" was closed at {OutboxMessages.Local(item.CompletedAt)} ({item.CancelReason})."),
            _ => item,
        };
    }
}
