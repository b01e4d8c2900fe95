using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Answers of consulted agencies: when one is due (its own step's due, or the consultation's deadline
/// when earlier), and an answer to a branch already closed, kept as a late contribution that never
/// moves the dossier.
/// </summary>
internal static class ConsultationAnswers
{
    /// <summary>Why a migrated item was closed: it was replaced by an item of the new version, so it takes no answer.</summary>
    public const string Migrated = "migrated";

    /// <summary>
    /// A task on a parallel branch closed without its answer (its join had enough branches, the
    /// consultation's deadline passed, the dossier ended) still takes its agency's answer, late.
    /// </summary>
    public static bool CanAnswerLate(WorkItemRecord item) =>
        item is { Kind: WorkItemKind.Task, Status: WorkItemStatus.Cancelled } && item.ForkPath.Length > 0 && item.CancelReason != Migrated;

    /// <summary>The executions of parallel steps the item is inside, outermost first.</summary>
    public static IEnumerable<JoinRecord> JoinsAround(DossierSession session, WorkItemRecord item) =>
        item.ForkPath.Length == 0
            ? []
            : ForkPath.Segments(item.ForkPath).Select(s => session.Joins.FirstOrDefault(j => j.Instance == s.Instance)).OfType<JoinRecord>();

    /// <summary>Whether the answer given now is early, on time or late: against the step's own due, or a consultation's deadline when that is earlier.</summary>
    public static Punctuality? Classify(DossierSession session, WorkItemRecord item)
    {
        var due = JoinsAround(session, item).Select(j => j.DeadlineAt).Append(item.DueAt).OfType<DateTime>().DefaultIfEmpty().Min();
        return due == default ? null : PunctualityClassifier.Classify(session.Context.Now, new DateTimeOffset(due, TimeSpan.Zero));
    }

    /// <summary>
    /// Keeps the answer on the closed item (who, which outcome, the text, the files, how punctual)
    /// and journals it as the agency's handoff back to the asking unit. Nothing else changes: no step
    /// opens or closes, the status stays as it was.
    /// </summary>
    public static void RecordLate(DossierSession session, WorkItemRecord item, OutcomeDefinition outcome, CompleteTask command, Actor actor)
    {
        item.AnsweredLateAt = session.Now;
        item.CompletedById = actor.Id;
        item.CompletedByName = actor.Name;
        item.OutcomeId = outcome.Id;
        item.Comment = command.Comment;
        item.AttachmentsJson = command.Attachments is { Count: > 0 } attachments ? System.Text.Json.JsonSerializer.Serialize(attachments) : null;
        item.Punctuality = Classify(session, item);
        var join = JoinsAround(session, item).LastOrDefault();
        var asking = join?.AskingItemId is { } askingId ? session.Items.FirstOrDefault(i => i.Id == askingId) : null;
        var askingUnit = join?.AskingUnitId ?? item.FromUnitId;
        session.Journal(new LateContributionDetail(outcome.Id, outcome.Kind, item.Punctuality, command.Attachments, join?.JoinStepId, join?.Instance, item.CancelReason),
            reason: command.Comment, item: item, handoffFrom: item.UnitId, handoffTo: askingUnit, handoffPunctuality: item.Punctuality);
        if (askingUnit is not null)
        {
            OutboxMessages.ToUnit(session, "late-contribution", askingUnit, asking?.Role ?? "head", "Ý kiến gửi sau khi đã đóng lấy ý kiến",
                $"Hồ sơ {session.Dossier.Code}: {item.StepName} ({item.UnitId}) gửi ý kiến lúc {OutboxMessages.Local(session.Now)}, sau khi nhánh đã đóng lúc {OutboxMessages.Local(item.CompletedAt)}. " +
                "Ý kiến được lưu trong hồ sơ; quy trình không thay đổi.");
        }
    }
}
