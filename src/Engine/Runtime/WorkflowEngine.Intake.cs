using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    private const int MaxApplicantNameLength = 200;

    /// <summary>
    /// Receives a dossier at the desk, online or by post: gives it its code and tracking secret and,
    /// when the desk decides at once, accepts it (the clock starts), asks to complete it, or refuses it.
    /// </summary>
    public async Task<ReceiveResult> ReceiveAsync(ReceiveDossier command, Actor actor, CancellationToken cancellationToken = default)
    {
        var context = NewContext();
        var filedAt = command.Channel == Channel.Post && command.FiledAt is { } handedOver ? handedOver : context.Now;
        if (filedAt > context.Now)
        {
            throw Invalid("filed-in-future", "filedAt", "Thời điểm ký biên bản bàn giao không thể ở tương lai.", "The handover time cannot be in the future.");
        }

        var receiptDate = VietnamTime.LocalDate(filedAt);
        var definition = context.Workspace.Catalog.InForce(command.ProcedureId, receiptDate)
            ?? throw NotFound("procedure-not-found", "procedureId",
                $"Không có thủ tục \"{command.ProcedureId}\" đang có hiệu lực ngày {receiptDate:dd/MM/yyyy}.",
                $"No procedure \"{command.ProcedureId}\" is in force on {receiptDate:yyyy-MM-dd}.");
        if (!definition.Channels.Contains(command.Channel))
        {
            throw Invalid("channel-not-offered", "channel",
                $"Thủ tục \"{definition.Name}\" không nhận hồ sơ qua kênh {command.Channel}; các kênh: {string.Join(", ", definition.Channels)}.",
                $"The procedure does not take dossiers by {command.Channel}; it offers: {string.Join(", ", definition.Channels)}.");
        }

        var unit = context.Organisation.UnitAt(command.ReceivingUnitId, receiptDate)
            ?? throw Invalid("unit-not-found", "receivingUnitId",
                $"Đơn vị tiếp nhận \"{command.ReceivingUnitId}\" không hoạt động ngày {receiptDate:dd/MM/yyyy}.",
                $"The receiving unit \"{command.ReceivingUnitId}\" is not in force on {receiptDate:yyyy-MM-dd}.");
        if (unit.KindId != definition.ReceivingUnitKind)
        {
            throw Invalid("wrong-receiving-unit", "receivingUnitId",
                $"Thủ tục \"{definition.Name}\" được tiếp nhận tại đơn vị loại {definition.ReceivingUnitKind}; {unit.Name} là loại {unit.KindId}.",
                $"The procedure is received at a unit of kind {definition.ReceivingUnitKind}; {unit.Name} is a {unit.KindId}.");
        }

        ValidateApplicant(command.Applicant);
        if (command.Channel == Channel.Post && string.IsNullOrWhiteSpace(command.PostalWaybill))
        {
            throw Invalid("waybill-required", "postalWaybill", "Hồ sơ qua bưu chính cần số vận đơn.", "A postal dossier needs its waybill number.");
        }

        if (command.PostalWaybill is { Length: > 64 })
        {
            throw Invalid("waybill-too-long", "postalWaybill", "Số vận đơn dài quá 64 ký tự.", "The waybill number is longer than 64 characters.");
        }

        ValidateDocuments(definition, command);
        var dataJson = DossierDataValidator.ToJson(definition, command.Data);
        if (actor.Kind == ActorKind.Citizen && command.Channel != Channel.Online)
        {
            throw Forbidden("citizen-channel", "Công dân chỉ tự nộp hồ sơ trực tuyến.", "Citizens submit by themselves only online.");
        }

        if (actor.Kind == ActorKind.Citizen && command.Decision != IntakeDecision.Pending)
        {
            throw Forbidden("citizen-intake", "Chỉ Bộ phận một cửa quyết định tiếp nhận hồ sơ.", "Only the one-stop desk decides on intake.");
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await ReceiveOnceAsync(command, actor, context, definition, unit.Id, unit.Code, filedAt, receiptDate, dataJson, cancellationToken);
                EngineMetrics.DossiersReceived.Add(1, new KeyValuePair<string, object?>("channel", command.Channel.ToString().ToLowerInvariant()));
                LogIfSlow("Receive", result.DossierId, result.Code, System.Diagnostics.Stopwatch.GetElapsedTime(started), attempt);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < 5 && DatabaseErrors.IsUniqueViolation(ex))
            {
                // Another desk took the same daily serial at the same moment; take the next one.
                _logger.SerialRetried(attempt);
            }
        }
    }

    private async Task<ReceiveResult> ReceiveOnceAsync(ReceiveDossier command, Actor actor, EngineContext context, ProcedureDefinition definition,
        string unitId, string agencyCode, DateTimeOffset filedAt, DateOnly receiptDate, string dataJson, CancellationToken cancellationToken)
    {
        await using var write = await _db.BeginCommandAsync(cancellationToken);
        var db = write.Db;
        var acting = actor.Kind == ActorKind.Officer
            ? await Memberships.RequireAsync(db, actor, unitId, ["desk-officer"], context.Today, "tiếp nhận hồ sơ", "receive dossiers", cancellationToken)
            : actor;
        var code = await DossierCodes.NextAsync(db, _options.DossierCodePattern, agencyCode, receiptDate, cancellationToken);
        var secret = TrackingSecrets.New();
        var applicant = command.Applicant;
        var dossier = new DossierRecord
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            ProcedureId = definition.Id,
            ProcedureVersion = definition.Version,
            ProcedureName = definition.Name,
            State = DossierState.Submitted,
            Channel = command.Channel,
            ReceivingUnitId = unitId,
            ApplicantName = applicant.Name.Trim(),
            ApplicantSearchName = SearchText.Fold(applicant.Name),
            ApplicantIdNumber = ApplicantIdNumbers.Normalise(applicant.IdNumber),
            ApplicantPhone = applicant.Phone?.Trim(),
            ApplicantEmail = applicant.Email?.Trim(),
            ApplicantAddress = applicant.Address?.Trim(),
            TrackingSecretHash = TrackingSecrets.Hash(secret),
            DataJson = dataJson,
            DocumentsJson = System.Text.Json.JsonSerializer.Serialize(command.Documents ?? [], JournalDetailJson.Options),
            Sets = command.Sets,
            Note = command.Note,
            PostalWaybillIn = command.PostalWaybill?.Trim(),
            ResultDelivery = command.ResultDelivery,
            SubmittedAt = filedAt.UtcDateTime,
            UpdatedAt = context.NowUtc,
            Version = 0,
        };
        var session = DossierSession.Create(db, context, acting, dossier, definition);
        session.NewTrackingSecret = secret;
        var attachments = await ClaimUploadsAsync(db, dossier.Id, definition, command.Attachments ?? [], context, cancellationToken);
        session.Journal(new DossierFiledDetail(definition.Key, command.Channel, dossier.SubmittedAt, command.Documents, command.Sets, attachments, dossier.PostalWaybillIn));
        ElectronicComponents.RecordAtSubmission(session, attachments);
        switch (command.Decision)
        {
            case IntakeDecision.Accept:
                IntakeRules.Accept(session);
                break;
            case IntakeDecision.AskToComplete:
                IntakeRules.AskToComplete(session, command.Missing ?? [], command.Reason);
                break;
            case IntakeDecision.Refuse:
                IntakeRules.Refuse(session, command.Reason);
                break;
            default:
                IntakeRules.OpenIntakeCheck(session);
                OutboxMessages.ToCitizen(session, "dossier-submitted", "Đã nhận hồ sơ",
                    $"Hệ thống đã nhận hồ sơ của Ông/Bà. Mã hồ sơ: {dossier.Code}. Bộ phận một cửa sẽ kiểm tra và thông báo kết quả tiếp nhận.");
                break;
        }

        var linked = await LinkedDossiers.SettleAsync(session, cancellationToken);
        session.Touch();
        await write.CommitAsync(cancellationToken);
        Committed(session);
        foreach (var other in linked)
        {
            Committed(other);
        }

        return new ReceiveResult(dossier.Id, dossier.Code, secret, dossier.StatusCode,
            dossier.AppointmentAt is { } appointment ? VietnamTime.ToLocal(new DateTimeOffset(appointment, TimeSpan.Zero)) : null, dossier.Version);
    }

    /// <summary>The desk accepts a dossier submitted online or by post: the clock starts.</summary>
    public Task<CommandResult> AcceptAsync(Guid dossierId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            await ActAtDeskAsync(session, "tiếp nhận hồ sơ", "accept dossiers", cancellationToken);
            IntakeRules.Accept(session);
        }, cancellationToken);

    /// <summary>The desk gives the citizen one list of what to complete; the dossier is not accepted.</summary>
    public Task<CommandResult> AskToCompleteAsync(Guid dossierId, IReadOnlyList<string> missing, string? reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            await ActAtDeskAsync(session, "yêu cầu hoàn thiện hồ sơ", "ask for completion", cancellationToken);
            IntakeRules.AskToComplete(session, missing, reason);
        }, cancellationToken);

    /// <summary>The desk refuses the dossier in writing with the reason.</summary>
    public Task<CommandResult> RefuseIntakeAsync(Guid dossierId, string reason, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            await ActAtDeskAsync(session, "từ chối tiếp nhận", "refuse dossiers", cancellationToken);
            IntakeRules.Refuse(session, reason);
        }, cancellationToken);

    /// <summary>The citizen (or the desk for them) brings the completed dossier back for checking.</summary>
    public Task<CommandResult> ResubmitAsync(Guid dossierId, IReadOnlyList<ReceivedDocument> documents, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, async session =>
        {
            if (session.Dossier.State != DossierState.AwaitingCompletion)
            {
                throw Conflict("not-awaiting-completion",
                    "Hồ sơ không ở trạng thái chờ hoàn thiện.", "The dossier is not waiting to be completed.");
            }

            if (actor.Kind == ActorKind.Officer)
            {
                await ActAtDeskAsync(session, "nhận hồ sơ đã hoàn thiện", "take a completed dossier", cancellationToken);
            }

            session.Dossier.DocumentsJson = System.Text.Json.JsonSerializer.Serialize(documents, JournalDetailJson.Options);
            session.Dossier.State = DossierState.Submitted;
            IntakeRules.OpenIntakeCheck(session);
            session.Journal(new ResubmitDetail(documents));
        }, cancellationToken);

    /// <summary>Links uploaded files to the new dossier; each must exist, be recent, and belong to no other dossier.</summary>
    private static async Task<IReadOnlyList<FiledAttachment>> ClaimUploadsAsync(Persistence.WorkflowDbContext db, Guid dossierId, ProcedureDefinition definition, IReadOnlyList<AttachedUpload> attachments, EngineContext context, CancellationToken cancellationToken)
    {
        if (attachments.Count > 50)
        {
            throw Invalid("too-many-files", "attachments", "Một hồ sơ đính kèm tối đa 50 tệp.", "A dossier carries at most 50 files.");
        }

        var claimed = new List<FiledAttachment>();
        var oldest = context.NowUtc.AddHours(-24);
        foreach (var attachment in attachments)
        {
            if (definition.Documents.All(d => d.Id != attachment.DocumentId))
            {
                throw Invalid("unknown-document", "attachments", $"Thủ tục không có giấy tờ \"{attachment.DocumentId}\".", $"The procedure has no document \"{attachment.DocumentId}\".");
            }

            var upload = await db.Uploads.SingleOrDefaultAsync(u => u.Id == attachment.UploadId, cancellationToken);
            if (upload is null || upload.DossierId is not null || upload.UploadedAt < oldest)
            {
                throw Invalid("upload-unavailable", "attachments",
                    $"Tệp {attachment.UploadId} không có, đã thuộc hồ sơ khác hoặc đã quá 24 giờ; hãy tải lên lại.",
                    $"The file {attachment.UploadId} does not exist, belongs to another dossier, or is older than 24 hours; upload it again.");
            }

            upload.DossierId = dossierId;
            upload.DocumentId = attachment.DocumentId;
            claimed.Add(new FiledAttachment(upload.Id, attachment.DocumentId, upload.FileName, upload.Sha256, upload.Size));
        }

        return claimed;
    }

    private async Task ActAtDeskAsync(DossierSession session, string whatVi, string whatEn, CancellationToken cancellationToken)
    {
        var acting = await Memberships.RequireAsync(session.Db, session.Actor, session.Dossier.ReceivingUnitId, ["desk-officer"], session.Context.Today, whatVi, whatEn, cancellationToken);
        session.ActAs(acting);
    }

    private static void ValidateApplicant(ApplicantInfo applicant)
    {
        if (string.IsNullOrWhiteSpace(applicant.Name))
        {
            throw Invalid("applicant-name-required", "applicant.name", "Ghi họ tên người nộp hồ sơ.", "Give the applicant's name.");
        }

        if (applicant.Name.Length > MaxApplicantNameLength)
        {
            throw Invalid("applicant-name-too-long", "applicant.name", $"Họ tên dài quá {MaxApplicantNameLength} ký tự.", $"The name is longer than {MaxApplicantNameLength} characters.");
        }

        if (applicant.Email is { Length: > 0 } email && (!email.Contains('@') || email.Length > 200))
        {
            throw Invalid("applicant-email-invalid", "applicant.email", $"Địa chỉ thư điện tử \"{email}\" không hợp lệ.", $"\"{email}\" is not an email address.");
        }

        if (ApplicantIdNumbers.Normalise(applicant.IdNumber) is { } idNumber && !ApplicantIdNumbers.IsValid(idNumber))
        {
            throw Invalid("applicant-id-number-invalid", "applicant.idNumber",
                $"Số định danh \"{applicant.IdNumber!.Trim()}\" không hợp lệ: ghi số định danh cá nhân 12 chữ số (trên thẻ căn cước), mã số thuế 10 chữ số (hoặc 10-3 chữ số với chi nhánh) của tổ chức, hoặc số hộ chiếu của người nước ngoài.",
                $"\"{applicant.IdNumber!.Trim()}\" is not a valid identifier: give the 12-digit personal identification number (on the identity card), an organisation's 10-digit tax code (10-3 digits for a branch), or a foreigner's passport number.");
        }

        if (applicant.Phone is { Length: > 0 } phone && (phone.Length > 20 || phone.Any(c => !char.IsDigit(c) && c is not ('+' or ' ' or '.' or '-'))))
        {
            throw Invalid("applicant-phone-invalid", "applicant.phone", $"Số điện thoại \"{phone}\" không hợp lệ.", $"\"{phone}\" is not a phone number.");
        }
    }

    private static void ValidateDocuments(ProcedureDefinition definition, ReceiveDossier command)
    {
        if (command.Sets is < 1 or > 100)
        {
            throw Invalid("sets-out-of-range", "sets", "Số bộ hồ sơ phải từ 1 đến 100.", "The number of sets must be between 1 and 100.");
        }

        foreach (var document in command.Documents ?? [])
        {
            if (definition.Documents.All(d => d.Id != document.DocumentId))
            {
                throw Invalid("unknown-document", "documents",
                    $"Thủ tục không có giấy tờ \"{document.DocumentId}\"; các giấy tờ: {string.Join(", ", definition.Documents.Select(d => d.Id))}.",
                    $"The procedure has no document \"{document.DocumentId}\"; it lists: {string.Join(", ", definition.Documents.Select(d => d.Id))}.");
            }

            if (document.Originals < 0 || document.CertifiedCopies < 0 || document.Photocopies < 0)
            {
                throw Invalid("negative-count", "documents", "Số bản giấy tờ không thể âm.", "Document counts cannot be negative.");
            }
        }
    }
}
