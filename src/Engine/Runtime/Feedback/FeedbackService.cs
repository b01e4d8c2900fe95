using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Notifications;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Feedback;

/// <summary>
/// Citizens' feedback and recommendations (phản ánh, kiến nghị): received with a code and a
/// deadline of its own, assigned to a unit (the dossier's receiving unit when it is about a
/// dossier), answered on time or late, and published when the answer is of public interest.
/// </summary>
public sealed class FeedbackService(WorkflowDbContextFactory factory, WorkspaceAccessor workspace, TimeProvider time, EngineOptions? options = null)
{
    private readonly EngineOptions _options = options ?? new EngineOptions();

    public async Task<FeedbackReceipt> SubmitAsync(SubmitFeedback command, CancellationToken cancellationToken = default)
    {
        Require(command.SubmitterName, 200, "submitterName", "họ tên người gửi", "the sender's name");
        Require(command.Subject, 500, "subject", "tiêu đề", "a subject");
        Require(command.Content, 8000, "content", "nội dung", "the content");
        if (string.IsNullOrWhiteSpace(command.SubmitterEmail) && string.IsNullOrWhiteSpace(command.SubmitterPhone))
        {
            throw Invalid("contact-required", "submitterEmail",
                "Ghi thư điện tử hoặc số điện thoại để nhận trả lời.", "Give an email address or a phone number for the answer.");
        }

        var now = StoredInstant.Now(time);
        await using var db = factory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Guid? dossierId = null;
        var unitId = command.UnitId;
        if (command.DossierCode is { } code)
        {
            var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Id, d.ReceivingUnitId, d.ProcedureId }).SingleOrDefaultAsync(cancellationToken)
                ?? throw Invalid("dossier-not-found", "dossierCode", $"Không có hồ sơ mã {code}.", $"There is no dossier {code}.");
            dossierId = dossier.Id;
            unitId ??= dossier.ReceivingUnitId;
        }

        if (command.ProcedureId is { } procedure && !workspace.Current.Catalog.Versions(procedure).Any())
        {
            throw Invalid("procedure-not-found", "procedureId", $"Không có thủ tục \"{procedure}\".", $"There is no procedure \"{procedure}\".");
        }

        var today = VietnamTime.LocalDate(now);
        if (unitId is not null && workspace.Current.Organisation?.UnitAt(unitId, today) is null)
        {
            throw Invalid("unit-not-found", "unitId", $"Không có đơn vị \"{unitId}\" đang hoạt động.", $"There is no unit \"{unitId}\" in force.");
        }

        var secret = TrackingSecrets.New();
        var due = new DeadlineCalculator(workspace.Current.Calendar).Calculate(now, _options.FeedbackAnswerTime, _options.Convention, unitId).Due;
        var record = new FeedbackRecord
        {
            Id = Guid.CreateVersion7(),
            Code = await DossierCodes.NextAsync(db, "PA-{date:yyMMdd}-{seq:4}", "PA", today, cancellationToken),
            Kind = command.Kind,
            ProcedureId = command.ProcedureId,
            DossierId = dossierId,
            Subject = command.Subject.Trim(),
            Content = command.Content.Trim(),
            SubmitterName = command.SubmitterName.Trim(),
            SubmitterEmail = command.SubmitterEmail?.Trim(),
            SubmitterPhone = command.SubmitterPhone?.Trim(),
            TrackingSecretHash = TrackingSecrets.Hash(secret),
            AssignedUnitId = unitId,
            Status = FeedbackStatus.Open,
            ReceivedAt = now.UtcDateTime,
            DueAt = due.UtcDateTime,
        };
        db.Feedback.Add(record);
        if (unitId is not null)
        {
            db.Outbox.Add(ToUnit(record, unitId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FeedbackReceipt(record.Id, record.Code, secret, VietnamTime.ToLocal(due), unitId);
    }

    /// <summary>Gives the feedback to a unit to answer (administrators, when it was not about a dossier).</summary>
    public async Task AssignAsync(Guid feedbackId, string unitId, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = StoredInstant.Now(time);
        if (workspace.Current.Organisation?.UnitAt(unitId, VietnamTime.LocalDate(now)) is null)
        {
            throw Invalid("unit-not-found", "unitId", $"Không có đơn vị \"{unitId}\" đang hoạt động.", $"There is no unit \"{unitId}\" in force.");
        }

        await ChangeAsync(feedbackId, async (db, record) =>
        {
            if (record.Status != FeedbackStatus.Open)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "feedback-answered", "Phản ánh đã được trả lời.", "The feedback is already answered.");
            }

            record.AssignedUnitId = unitId;
            db.Outbox.Add(ToUnit(record, unitId, now));
            await Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>An officer of the assigned unit answers; the answer is early, on time or late against the feedback's deadline.</summary>
    public Task AnswerAsync(Guid feedbackId, string answer, bool publish, Actor actor, CancellationToken cancellationToken = default)
    {
        Require(answer, 8000, "answer", "nội dung trả lời", "the answer");
        return ChangeAsync(feedbackId, async (db, record) =>
        {
            if (record.Status == FeedbackStatus.Answered)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "feedback-answered",
                    $"Phản ánh {record.Code} đã được {record.AnsweredByName} trả lời.", $"The feedback was already answered by {record.AnsweredByName}.");
            }

            if (record.AssignedUnitId is null)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "feedback-unassigned",
                    "Phản ánh chưa được giao cho đơn vị nào.", "The feedback is not assigned to a unit yet.");
            }

            var now = StoredInstant.Now(time);
            if (!actor.IsSystem && !await db.Memberships.AnyAsync(m => m.OfficerId == actor.Id && m.UnitId == record.AssignedUnitId
                    && m.ValidFrom <= VietnamTime.LocalDate(now) && (m.ValidTo == null || m.ValidTo > VietnamTime.LocalDate(now)), cancellationToken))
            {
                throw new WorkflowException(WorkflowErrorKind.Forbidden, "not-a-member",
                    $"Chỉ cán bộ của {record.AssignedUnitId} trả lời được phản ánh này.", $"Only officers of {record.AssignedUnitId} can answer this feedback.");
            }

            record.Answer = answer.Trim();
            record.AnsweredAt = now.UtcDateTime;
            record.AnsweredById = actor.Id;
            record.AnsweredByName = actor.Name;
            record.Status = FeedbackStatus.Answered;
            record.Published = publish;
            record.Punctuality = PunctualityClassifier.Classify(now, new DateTimeOffset(record.DueAt, TimeSpan.Zero));
            db.Outbox.AddRange(CitizenChannels.PerChannel(new OutboxMessageRecord
            {
                Id = Guid.CreateVersion7(),
                DossierId = record.DossierId,
                Topic = "feedback-answered",
                RecipientKind = RecipientKind.Citizen,
                Email = record.SubmitterEmail,
                Phone = record.SubmitterPhone,
                Subject = $"[{record.Code}] Trả lời phản ánh, kiến nghị",
                Body = $"Kính gửi {record.SubmitterName},\n\nVề \"{record.Subject}\":\n\n{record.Answer}\n\n{actor.Name}",
                Status = OutboxStatus.Pending,
                CreatedAt = now.UtcDateTime,
                NextAttemptAt = now.UtcDateTime,
            }));
        }, cancellationToken);
    }

    public Task PublishAsync(Guid feedbackId, bool published, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(feedbackId, (_, record) =>
        {
            if (record.Status != FeedbackStatus.Answered)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "feedback-unanswered",
                    "Chỉ công khai được phản ánh đã có trả lời.", "Only answered feedback can be published.");
            }

            record.Published = published;
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task ChangeAsync(Guid feedbackId, Func<WorkflowDbContext, FeedbackRecord, Task> change, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.Feedback.SingleOrDefaultAsync(f => f.Id == feedbackId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "feedback-not-found",
                $"Không có phản ánh {feedbackId}.", $"There is no feedback {feedbackId}.", "feedbackId");
        await change(db, record);
        record.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Phản ánh vừa được người khác cập nhật; tải lại rồi thử lại.",
                "Someone else just changed this feedback; reload and try again.", null, null);
        }
    }

    private static OutboxMessageRecord ToUnit(FeedbackRecord record, string unitId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        DossierId = record.DossierId,
        Topic = "feedback-assigned",
        RecipientKind = RecipientKind.Unit,
        RecipientId = $"{unitId}/head",
        Subject = $"[{record.Code}] Phản ánh, kiến nghị cần trả lời",
        Body = $"{record.SubmitterName} gửi phản ánh \"{record.Subject}\". Hạn trả lời: {VietnamTime.Format(new DateTimeOffset(record.DueAt, TimeSpan.Zero))}.",
        Status = OutboxStatus.Pending,
        CreatedAt = now.UtcDateTime,
        NextAttemptAt = now.UtcDateTime,
    };

    private static void Require(string? value, int max, string field, string vi, string en)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid("required", field, $"Ghi {vi}.", $"Give {en}.");
        }

        if (value.Length > max)
        {
            throw Invalid("too-long", field, $"{char.ToUpper(vi[0])}{vi[1..]} dài quá {max} ký tự.", $"{char.ToUpper(en[0])}{en[1..]} is longer than {max} characters.");
        }
    }

    private static WorkflowException Invalid(string code, string field, string vi, string en) =>
        new(WorkflowErrorKind.Invalid, code, vi, en, field);
}
