using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Digitisation;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation;
using Workflow.Engine.Persistence;
using Workflow.Engine.Phases;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Documents.Issuing;

/// <summary>
/// Fills the official forms from what the engine recorded about a dossier: its row, its tasks
/// and, above all, its journal (who handed what to whom and when). Nothing on a form is typed
/// in again by hand.
/// </summary>
public sealed class DossierFormBuilder(WorkflowDbContextFactory factory, ProceduresWorkspace workspace, TimeProvider? time = null)
{
    private static readonly CultureInfo Vietnamese = Text.Vietnamese;

    public async Task<FormData> BuildAsync(Guid dossierId, string purpose, CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "dossier-not-found",
                $"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}.", "dossierId");
        var items = await db.WorkItems.AsNoTracking().Where(i => i.DossierId == dossierId).ToListAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var marks = (await db.DigitisedComponents.AsNoTracking().Where(c => c.DossierId == dossierId)
                .Select(c => new { c.DocumentId, c.Source, Certified = c.Signature != null }).ToListAsync(cancellationToken))
            .GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => DigitisationMarks.Of(g.Select(c => (c.Source, c.Certified))), StringComparer.Ordinal);
        var context = new Source(dossier, items, journal, workspace.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion), workspace.Organisation, marks);
        return purpose switch
        {
            FormPurpose.Receipt => Receipt(context),
            FormPurpose.SupplementRequest => SupplementRequest(context),
            FormPurpose.Refusal => Refusal(context),
            FormPurpose.Apology => Apology(context),
            FormPurpose.StopNotice => StopNotice(context),
            FormPurpose.ControlSheet => ControlSheet(context),
            _ => throw new WorkflowException(WorkflowErrorKind.Invalid, "unknown-form",
                $"Không có biểu mẫu \"{purpose}\" cho một hồ sơ; dùng: {string.Join(", ", FormPurpose.All.Where(p => p != FormPurpose.RegisterBook))}.",
                $"There is no dossier form \"{purpose}\".", "purpose"),
        };
    }

    /// <summary>The register book of a unit's desk: one line per dossier received in the period (local dates, inclusive).</summary>
    public async Task<RegisterBookFormData> RegisterBookAsync(string unitId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        var start = VietnamTime.FromLocal(from, TimeOnly.MinValue).UtcDateTime;
        var end = VietnamTime.FromLocal(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingUnitId == unitId && d.SubmittedAt >= start && d.SubmittedAt < end)
            .OrderBy(d => d.SubmittedAt).ThenBy(d => d.Code)
            .ToListAsync(cancellationToken);
        var ids = dossiers.Select(d => d.Id).ToList();
        var firstHandoffs = await db.Journal.AsNoTracking()
            .Where(j => ids.Contains(j.DossierId) && j.Command == JournalKinds.Handoff && j.HandoffToUnitId != unitId)
            .GroupBy(j => j.DossierId)
            .Select(g => g.OrderBy(j => j.Sequence).Select(j => new { j.DossierId, j.HandoffToUnitId }).First())
            .ToListAsync(cancellationToken);
        var transferred = firstHandoffs.ToDictionary(h => h.DossierId, h => h.HandoffToUnitId);
        var rows = dossiers.Select((d, index) => new FormRegisterRow
        {
            Number = index + 1,
            DossierCode = d.Code,
            ApplicantName = d.ApplicantName,
            ApplicantContact = string.Join(" · ", new[] { d.ApplicantAddress, d.ApplicantPhone }.Where(s => !string.IsNullOrWhiteSpace(s))),
            ProcedureName = d.ProcedureName,
            ReceivedAt = Instant(d.AcceptedAt ?? d.SubmittedAt),
            AppointmentAt = Optional(d.AppointmentAt),
            TransferredTo = transferred.TryGetValue(d.Id, out var unit) && unit is not null ? UnitName(unit, VietnamTime.LocalDate(Instant(d.SubmittedAt))) : null,
            ResultAt = Optional(d.FinishedAt),
            ReturnedAt = Optional(d.ReturnedAt),
            Note = d.StatusCode is 3 or 7 or 8 ? StatusNote(d.StatusCode) : null,
        }).ToList();
        return new RegisterBookFormData
        {
            Agency = Agency(unitId, from),
            Volume = $"{from.Year}",
            PeriodFrom = from,
            PeriodTo = to,
            Rows = rows,
        };
    }

    /// <summary>Who acted, for the form's signature; blank when the engine itself did (a passed citizen's deadline), for the signer to write by hand.</summary>
    private static string OfficerName(JournalEntryRecord entry) => entry.ActorId == Runtime.Actor.System.Id ? "" : entry.ActorName ?? "";

    private sealed record Source(DossierRecord Dossier, List<WorkItemRecord> Items, List<JournalEntryRecord> Journal, ProcedureDefinition? Definition, OrganisationModel? Organisation,
        IReadOnlyDictionary<string, DigitisationMark> Marks)
    {
        public DateOnly ReceiptDate => VietnamTime.LocalDate(Instant(Dossier.AcceptedAt ?? Dossier.SubmittedAt));

        public JournalEntryRecord? Last(params string[] commands) => Journal.LastOrDefault(j => commands.Contains(j.Command));

        /// <summary>The last task completed with an outcome of this kind (a refusal or stop decided inside the process).</summary>
        public JournalEntryRecord? LastCompletion(OutcomeKind kind) =>
            Journal.LastOrDefault(j => j.Command == JournalKinds.Complete && j.DetailAs<CompleteDetail>()?.Kind == kind);

        /// <summary>The citizen's deadline on a wait passed and the dossier was stopped or returned with this effect.</summary>
        public JournalEntryRecord? CitizenDeadlinePassed(CitizenDeadlineEffect effect) =>
            Journal.LastOrDefault(j => j.Command == JournalKinds.CitizenDeadlinePassed && j.DetailAs<CitizenDeadlinePassedDetail>()?.Effect == effect);
    }

    private ReceiptFormData Receipt(Source s)
    {
        var accepted = s.Last(JournalKinds.Accept) ?? throw NotYet(s, "giấy tiếp nhận", "a receipt", "hồ sơ chưa được tiếp nhận", "the dossier was not accepted");
        var receiver = s.Journal.FirstOrDefault(j => j.Command is JournalKinds.ReceiveAtDesk or JournalKinds.ReceiveByPost && j.ActorId is not null && j.ActorId != "citizen") ?? accepted;
        var serial = s.Dossier.Code.Length >= 4 ? s.Dossier.Code[^4..] : s.Dossier.Code;
        return new ReceiptFormData
        {
            Agency = Agency(s.Dossier.ReceivingUnitId, s.ReceiptDate),
            Dossier = Dossier(s),
            Applicant = Applicant(s.Dossier),
            Documents = ReceivedDocuments(s),
            SetCount = s.Dossier.Sets,
            StatutoryTime = s.Definition is null ? "" : DurationText.Of(s.Definition.StatutoryTime.ToDuration(), Vietnamese),
            AppointmentAt = Instant(s.Dossier.AppointmentAt ?? s.Dossier.DueAt ?? accepted.At),
            CollectAt = $"Bộ phận tiếp nhận và trả kết quả — {UnitName(s.Dossier.ReceivingUnitId, s.ReceiptDate)}",
            RegisterVolume = $"{s.ReceiptDate.Year}",
            RegisterSerial = serial,
            FeeTotal = null,
            Receiver = new FormOfficer { Name = receiver.ActorName ?? "", Title = "Công chức tiếp nhận hồ sơ" },
        };
    }

    private SupplementRequestFormData SupplementRequest(Source s)
    {
        var request = s.Last(JournalKinds.RequestSupplement, JournalKinds.AskToComplete)
            ?? throw NotYet(s, "phiếu yêu cầu bổ sung", "a supplement request", "chưa có yêu cầu bổ sung", "no supplement was requested");
        var wait = request.WorkItemId is { } id ? s.Items.FirstOrDefault(i => i.Id == id) : null;
        var missing = request.Command == JournalKinds.AskToComplete
            ? request.DetailAs<AskToCompleteDetail>()?.Missing.Where(m => m.Length > 0).ToList() ?? []
            : Split(request.Reason ?? wait?.Comment ?? "");
        var unit = wait?.FromUnitId ?? request.ActorUnitId ?? s.Dossier.ReceivingUnitId;
        return new SupplementRequestFormData
        {
            Agency = Agency(unit, s.ReceiptDate),
            Dossier = Dossier(s),
            Applicant = Applicant(s.Dossier),
            MissingDocuments = missing.Select(text => MissingLine(s, text)).ToList(),
            Reason = request.Reason ?? string.Join("; ", missing),
            Contact = new FormOfficer { Name = request.ActorName ?? "", Title = RoleTitle(request.ActorRole) },
            Officer = new FormOfficer { Name = request.ActorName ?? "", Title = RoleTitle(request.ActorRole) },
            IssuedAt = Instant(request.At),
        };
    }

    private RefusalFormData Refusal(Source s)
    {
        var refusal = s.Last(JournalKinds.RefuseIntake)
            ?? s.LastCompletion(OutcomeKind.Reject)
            ?? s.CitizenDeadlinePassed(CitizenDeadlineEffect.Return)
            ?? throw NotYet(s, "phiếu từ chối", "a refusal", "hồ sơ không bị từ chối", "the dossier was not refused");
        return new RefusalFormData
        {
            Agency = Agency(refusal.ActorUnitId ?? s.Dossier.ReceivingUnitId, s.ReceiptDate),
            Dossier = Dossier(s),
            Applicant = Applicant(s.Dossier),
            Reason = refusal.Reason ?? "",
            Officer = new FormOfficer { Name = OfficerName(refusal), Title = RoleTitle(refusal.ActorRole) },
            IssuedAt = Instant(refusal.At),
        };
    }

    private ApologyFormData Apology(Source s)
    {
        var apology = s.Last(JournalKinds.Apologise) ?? throw NotYet(s, "phiếu xin lỗi", "an apology", "chưa có thư xin lỗi", "no apology was recorded");
        var detail = apology.DetailAs<ApologiseDetail>();
        var lateUnit = detail?.LateUnit ?? s.Dossier.ReceivingUnitId;
        return new ApologyFormData
        {
            Agency = Agency(lateUnit, s.ReceiptDate),
            DocumentNumber = null,
            Addressee = Applicant(s.Dossier),
            Dossier = Dossier(s),
            OriginalAppointmentAt = Instant(detail?.PreviousAppointment ?? apology.At),
            // As the engine recorded it; an entry from before it was recorded is judged by the same rule.
            AlreadyLate = detail?.AlreadyLate ?? ApologiseDetail.WasAlreadyLate(detail?.PreviousAppointment, apology.At),
            LateUnit = UnitName(lateUnit, s.ReceiptDate),
            Reason = apology.Reason ?? "",
            NewAppointmentAt = Instant(detail?.NewAppointment ?? apology.At),
            Signer = new FormOfficer { Name = apology.ActorName ?? "", Title = RoleTitle(apology.ActorRole) },
            IssuedAt = Instant(apology.At),
        };
    }

    private StopNoticeFormData StopNotice(Source s)
    {
        var stop = s.Last(JournalKinds.Stop)
            ?? s.LastCompletion(OutcomeKind.Stop)
            ?? s.CitizenDeadlinePassed(CitizenDeadlineEffect.Stop)
            ?? throw NotYet(s, "thông báo dừng xử lý", "a stop notice", "hồ sơ không bị dừng xử lý", "processing was not stopped");
        return new StopNoticeFormData
        {
            Agency = Agency(stop.ActorUnitId ?? s.Dossier.ReceivingUnitId, s.ReceiptDate),
            Dossier = Dossier(s),
            Applicant = Applicant(s.Dossier),
            Reason = stop.Reason ?? "",
            LegalBasis = s.Definition?.LegalBasis.FirstOrDefault(),
            Signer = new FormOfficer { Name = OfficerName(stop), Title = RoleTitle(stop.ActorRole) },
            IssuedAt = Instant(stop.At),
        };
    }

    /// <summary>
    /// Form 05/06: one row per handover recorded in the journal — the unit and officer who handed
    /// the dossier over and when, the unit and officer who took it and when (their claim, or their
    /// completion if they never claimed it), and whether the giving unit was early, on time or late.
    /// </summary>
    private ControlSheetFormData ControlSheet(Source s)
    {
        var rows = new List<FormHandoffRow>();
        foreach (var handoff in s.Journal.Where(j => j.HandoffFromUnitId is not null && j.HandoffToUnitId is not null))
        {
            if (handoff.Command is JournalKinds.BranchArrived or JournalKinds.LateBranchClosed or JournalKinds.LateContribution)
            {
                rows.Add(AnswerRow(s, handoff));
                continue;
            }

            if (handoff.Command != JournalKinds.Handoff)
            {
                continue;
            }

            var giver = s.Journal.LastOrDefault(j => j.Sequence < handoff.Sequence && j.Command == JournalKinds.Complete && j.ActorUnitId == handoff.HandoffFromUnitId);
            var taken = s.Journal.FirstOrDefault(j => j.WorkItemId == handoff.WorkItemId && j.Sequence > handoff.Sequence && j.Command is JournalKinds.Claim or JournalKinds.Assign or JournalKinds.Complete);
            var givingItem = giver?.WorkItemId is { } givingId ? s.Items.FirstOrDefault(i => i.Id == givingId) : null;
            var receivingItem = handoff.WorkItemId is { } takenId ? s.Items.FirstOrDefault(i => i.Id == takenId) : null;
            rows.Add(new FormHandoffRow
            {
                GiverUnit = UnitWithRole(handoff.HandoffFromUnitId!, giver?.ActorRole, s.ReceiptDate),
                Giver = giver?.ActorName,
                HandedOverAt = Instant(handoff.At),
                ReceiverUnit = UnitWithRole(handoff.HandoffToUnitId!, receivingItem?.Role, s.ReceiptDate),
                Receiver = taken?.Command == JournalKinds.Assign ? receivingItem?.AssigneeName : taken?.ActorName,
                ReceivedAt = taken is null ? null : Instant(taken.At),
                Result = FormResult(handoff.HandoffPunctuality),
                Note = givingItem?.Comment,
            });
        }

        var lead = s.Items.Where(i => i.Kind == WorkItemKind.Task && i.Phase == StepPhase.Processing).GroupBy(i => i.UnitId).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var coordinating = s.Items.Where(i => i.Kind == WorkItemKind.Task && i.UnitId is not null && i.UnitId != lead && i.UnitId != s.Dossier.ReceivingUnitId)
            .Select(i => i.UnitId!).Distinct().Select(u => UnitName(u, s.ReceiptDate)).ToList();
        return new ControlSheetFormData
        {
            Agency = Agency(s.Dossier.ReceivingUnitId, s.ReceiptDate),
            Dossier = Dossier(s),
            Applicant = Applicant(s.Dossier),
            AppointmentAt = Optional(s.Dossier.AppointmentAt),
            LeadUnit = lead is null ? null : UnitName(lead, s.ReceiptDate),
            CoordinatingUnits = coordinating,
            DigitisedDocuments = ReceivedDocuments(s).Where(d => d.Digitisation is not null).ToList(),
            Handoffs = rows,
            Phases = PhaseRows(s),
        };
    }

    /// <summary>
    /// A consulted agency's answer back to the asking unit: the officer who answered gives it, the
    /// asking unit receives it with the dossier it already holds. A late contribution says so.
    /// </summary>
    private FormHandoffRow AnswerRow(Source s, JournalEntryRecord answer)
    {
        var item = answer.WorkItemId is { } id ? s.Items.FirstOrDefault(i => i.Id == id) : null;
        var text = answer.Command == JournalKinds.LateContribution ? answer.Reason : item?.Comment;
        return new FormHandoffRow
        {
            GiverUnit = UnitWithRole(answer.HandoffFromUnitId!, answer.ActorRole, s.ReceiptDate),
            Giver = answer.ActorName,
            HandedOverAt = Instant(answer.At),
            ReceiverUnit = UnitName(answer.HandoffToUnitId!, s.ReceiptDate),
            Result = FormResult(answer.HandoffPunctuality),
            Note = answer.Command == JournalKinds.LateContribution
                ? $"Ý kiến gửi sau khi đã đóng lấy ý kiến{(string.IsNullOrWhiteSpace(text) ? "" : ": " + text)}"
                : text,
        };
    }

    /// <summary>Time spent per phase, read from the journal as the trace page reads it.</summary>
    private List<FormPhaseRow> PhaseRows(Source s)
    {
        if (s.Definition is not { Process.Phases.Count: > 0 } definition)
        {
            return [];
        }

        var entries = s.Journal.Select(j => (Instant(j.At), j.Command, j.StepId)).ToList();
        var progress = new PhaseProgressReader(new DeadlineCalculator(workspace.Calendar)).Read(definition, entries, (time ?? TimeProvider.System).GetUtcNow(), s.Dossier.ReceivingUnitId);
        var standardDay = workspace.Calendar.WorkingHours.Default.StandardDayLength;
        return progress.Select(p => new FormPhaseRow
        {
            Name = p.Phase.Name,
            BorneByCitizen = p.IsCitizens,
            Budget = DurationText.Of(p.Budget, Vietnamese),
            StartedAt = p.StartedAt is { } start ? VietnamTime.ToLocal(start) : null,
            EndedAt = p.EndedAt is { } end ? VietnamTime.ToLocal(end) : null,
            Spent = p.Started ? PhaseTimeText.Of(p.Spent, p.Budget, standardDay, Vietnamese) : null,
            OverBudget = p.OverBudget,
        }).ToList();
    }

    private static FormPunctuality? FormResult(Punctuality? punctuality) => punctuality switch
    {
        Punctuality.Early => FormPunctuality.Early,
        Punctuality.OnTime => FormPunctuality.OnTime,
        Punctuality.Late => FormPunctuality.Late,
        _ => null,
    };

    private FormAgency Agency(string unitId, DateOnly date)
    {
        var unit = workspace.Organisation?.UnitAt(unitId, date) ?? workspace.Organisation?.HistoryOf(unitId).LastOrDefault();
        var parent = unit?.ParentId is { } parentId ? workspace.Organisation!.UnitAt(parentId, date) : null;
        return new FormAgency { Name = unit?.Name ?? unitId, ParentName = parent?.Name, Code = unit?.Code };
    }

    private string UnitName(string unitId, DateOnly date) =>
        (workspace.Organisation?.UnitAt(unitId, date) ?? workspace.Organisation?.HistoryOf(unitId).LastOrDefault())?.Name ?? unitId;

    private string UnitWithRole(string unitId, string? role, DateOnly date) =>
        role is null ? UnitName(unitId, date) : $"{UnitName(unitId, date)} ({RoleTitle(role)})";

    private string RoleTitle(string? role) => role is null ? "" : workspace.Organisation?.FindRole(role)?.Name ?? role;

    private static FormDossier Dossier(Source s) => new()
    {
        Code = s.Dossier.Code,
        ProcedureName = s.Dossier.ProcedureName,
        ProcedureCode = s.Definition?.Code,
        ReceivedAt = Instant(s.Dossier.AcceptedAt ?? s.Dossier.SubmittedAt),
    };

    private static FormApplicant Applicant(DossierRecord d) => new()
    {
        Name = d.ApplicantName,
        Address = d.ApplicantAddress,
        Phone = d.ApplicantPhone,
        Email = d.ApplicantEmail,
        IdentityNumber = d.ApplicantIdNumber,
    };

    private static List<FormDocumentLine> ReceivedDocuments(Source s)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(s.Dossier.DocumentsJson) ? "[]" : s.Dossier.DocumentsJson);
        var lines = new List<FormDocumentLine>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var id = entry.TryGetProperty("documentId", out var idValue) ? idValue.GetString() ?? "" : "";
            int Count(string name) => entry.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : 0;
            lines.Add(new FormDocumentLine
            {
                Name = s.Definition?.Documents.FirstOrDefault(d => d.Id == id)?.Name ?? id,
                Originals = Count("originals"),
                CertifiedCopies = Count("certifiedCopies"),
                Photocopies = Count("photocopies"),
                Digitisation = DigitisationMarks.Wording(s.Marks.GetValueOrDefault(id), Vietnamese),
            });
            listed.Add(id);
        }

        // A component filed only electronically (not in the list of papers) is still one the desk received.
        foreach (var (id, mark) in s.Marks.Where(m => !listed.Contains(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            lines.Add(new FormDocumentLine { Name = s.Definition?.Documents.FirstOrDefault(d => d.Id == id)?.Name ?? id, Digitisation = DigitisationMarks.Wording(mark, Vietnamese) });
        }

        return lines;
    }

    private static FormDocumentLine MissingLine(Source s, string text)
    {
        var known = s.Definition?.Documents.FirstOrDefault(d => text.Contains(d.Name, StringComparison.OrdinalIgnoreCase) || text.Equals(d.Id, StringComparison.Ordinal));
        return known is null
            ? new FormDocumentLine { Name = text, Originals = 1 }
            : new FormDocumentLine { Name = known.Name, Originals = known.Originals, CertifiedCopies = known.CertifiedCopies, Photocopies = known.Photocopies };
    }

    private static List<string> Split(string text) =>
        text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string StatusNote(int code) => code switch
    {
        3 => "Không tiếp nhận",
        7 => "Rút hồ sơ",
        _ => "Dừng xử lý",
    };

    private static WorkflowException NotYet(Source s, string formVi, string formEn, string whyVi, string whyEn) =>
        new(WorkflowErrorKind.Conflict, "form-not-applicable",
            $"Không lập được {formVi} cho hồ sơ {s.Dossier.Code}: {whyVi}.", $"{formEn} cannot be made for {s.Dossier.Code}: {whyEn}.");

    private static DateTimeOffset Instant(DateTime utc) => VietnamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    private static DateTimeOffset? Optional(DateTime? utc) => utc is { } value ? Instant(value) : null;
}
