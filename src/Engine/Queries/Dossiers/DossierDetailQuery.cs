using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Scope;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>Reads one dossier for an officer or auditor. Read-only: it never changes a row.</summary>
public sealed class DossierDetailQuery(WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider time)
{
    /// <param name="viewerOfficerId">The officer whose allowed actions to list; null for a read-only viewer (auditor).</param>
    /// <param name="withFiles">Whether to read the files filed with the dossier; when not, <see cref="DossierDetail.Files"/> is empty.</param>
    public async Task<DossierDetail?> FindAsync(Guid dossierId, string? viewerOfficerId, bool withFiles, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var open = await db.WorkItems.AsNoTracking()
            .Where(w => w.DossierId == dossierId && w.Status == WorkItemStatus.Open)
            .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id)
            .ToListAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var files = withFiles
            ? await db.Uploads.AsNoTracking()
                .Where(u => u.DossierId == dossierId)
                .OrderBy(u => u.UploadedAt).ThenBy(u => u.Id)
                .Select(u => new DossierFile(u.Id, u.DocumentId ?? "", u.FileName, u.ContentType, u.Size))
                .ToListAsync(cancellationToken)
            : [];
        var definition = workspace.Current.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion);
        IReadOnlyList<AllowedAction> allowed = [];
        List<WorkItemRecord> closedToAnswer = [];
        if (viewerOfficerId is not null)
        {
            var viewer = await OfficerMemberships.LoadAsync(db, viewerOfficerId, VietnamTime.LocalDate(time.GetUtcNow()), cancellationToken);
            var apologyOpen = dossier.DueAt is { } due
                && ApologyWindow.For(new DeadlineCalculator(workspace.Current.Calendar), due, dossier.ReceivingUnitId).IsOpenAt(time.GetUtcNow());
            // A consulted unit whose branch was closed before it answered may still send its answer (a late contribution).
            closedToAnswer = (await db.WorkItems.AsNoTracking()
                    .Where(w => w.DossierId == dossierId && w.Status == WorkItemStatus.Cancelled && w.Kind == WorkItemKind.Task && w.ForkPath != "" && w.AnsweredLateAt == null)
                    .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id)
                    .ToListAsync(cancellationToken))
                .Where(w => ConsultationAnswers.CanAnswerLate(w) && viewer.Holds(w.UnitId, w.Role) && (w.AssigneeId is null || w.AssigneeId == viewerOfficerId))
                .ToList();
            var delegated = await Delegation.InboxDelegations.InForceForAsync(db, viewerOfficerId, VietnamTime.LocalDate(time.GetUtcNow()), cancellationToken);
            allowed = AllowedActions.For(dossier, open, definition, viewer, apologyOpen, closedToAnswer, delegated);
        }

        return new DossierDetail(
            dossier.Id, dossier.Code, dossier.Version, dossier.StatusCode, dossier.State.ToString(),
            dossier.ProcedureId, dossier.ProcedureVersion, dossier.ProcedureName, dossier.Channel, dossier.ReceivingUnitId,
            new ApplicantView(dossier.ApplicantName, dossier.ApplicantIdNumber, dossier.ApplicantPhone, dossier.ApplicantEmail, dossier.ApplicantAddress),
            ParseObject(dossier.DataJson),
            JsonSerializer.Deserialize<List<ReceivedDocument>>(dossier.DocumentsJson, JournalDetailJson.Options) ?? [],
            files,
            dossier.Sets, dossier.Note,
            Local(dossier.SubmittedAt), Local(dossier.AcceptedAt), Local(dossier.DueAt), Local(dossier.AppointmentAt),
            Local(dossier.FinishedAt), Local(dossier.ReturnedAt), dossier.FinishPunctuality, dossier.Result, dossier.Rescheduled,
            open.Select(ToView).ToList(),
            journal.Select(ToHistory).ToList(),
            allowed,
            closedToAnswer.Select(ToView).ToList());
    }

    internal static DossierItemView ToView(WorkItemRecord w) =>
        new(w.Id, w.Kind, w.StepId, w.StepName, w.Phase, w.UnitId, w.Role, w.AssigneeId, w.AssigneeName, Local(w.CreatedAt), Local(w.DueAt), w.WaitFor, w.Comment,
            Local(w.CitizenDueAt), w.OnExpiry);

    internal static HistoryEntry ToHistory(JournalEntryRecord j) =>
        new(j.Sequence, Local(j.At), j.Command, j.ActorName, j.ActorUnitId, j.ActorRole, j.FromStatus, j.ToStatus, j.StepId,
            j.HandoffFromUnitId, j.HandoffToUnitId, j.HandoffPunctuality, j.Reason);

    internal static JsonElement ParseObject(string? json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        return document.RootElement.Clone();
    }

    internal static DateTimeOffset Local(DateTime utc) => VietnamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    internal static DateTimeOffset? Local(DateTime? utc) => utc is { } value ? Local(value) : null;
}
