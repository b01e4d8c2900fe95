using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// One dossier as one command sees it: loaded at the start, changed in memory, saved in one
/// transaction at the end. Every change that matters goes through here so it is journaled.
/// </summary>
internal sealed class DossierSession
{
    private int _lastSequence;
    private string _lastHash;
    private int _journaledStatus;
    private string _journaledState;

    private DossierSession(WorkflowDbContext db, EngineContext context, Actor actor, DossierRecord dossier, ProcedureDefinition definition,
        List<WorkItemRecord> items, List<JoinRecord> joins, List<TimerRecord> pendingTimers, List<DeadlineEventRecord> ledger,
        int lastSequence, string lastHash)
    {
        Db = db;
        Context = context;
        Actor = actor;
        Dossier = dossier;
        Definition = definition;
        Items = items;
        Joins = joins;
        PendingTimers = pendingTimers;
        LedgerEvents = ledger;
        _lastSequence = lastSequence;
        _lastHash = lastHash;
        _journaledStatus = dossier.StatusCode;
        _journaledState = dossier.State.ToString();
    }

    public WorkflowDbContext Db { get; }

    public EngineContext Context { get; }

    /// <summary>Who acts, with the unit and role they act in once a membership check has fixed them.</summary>
    public Actor Actor { get; private set; }

    public void ActAs(Actor acting) => Actor = acting;

    public DossierRecord Dossier { get; }

    public ProcedureDefinition Definition { get; private set; }

    public List<WorkItemRecord> Items { get; }

    public List<JoinRecord> Joins { get; }

    public List<TimerRecord> PendingTimers { get; }

    public List<DeadlineEventRecord> LedgerEvents { get; }

    public DateTime Now => Context.NowUtc;

    /// <summary>The sequence number the next journal entry of this dossier gets.</summary>
    public int NextSequence => _lastSequence + 1;

    public IEnumerable<WorkItemRecord> OpenItems => Items.Where(i => i.Status == WorkItemStatus.Open);

    /// <summary>The local date the organisation is consulted for: the day the dossier was received.</summary>
    public DateOnly ReceiptDate => VietnamTime.LocalDate(new DateTimeOffset(Dossier.AcceptedAt ?? Dossier.SubmittedAt, TimeSpan.Zero));

    public static Task<DossierSession> LoadAsync(WorkflowDbContext db, EngineContext context, Actor actor, Guid dossierId, CancellationToken cancellationToken) =>
        LoadAsync(db, context, actor, DossierRowLock.LoadForUpdateAsync(db, dossierId, cancellationToken), () => new WorkflowException(WorkflowErrorKind.NotFound, "dossier-not-found",
            $"Không có hồ sơ {dossierId}. / There is no dossier {dossierId}.", "dossierId"), cancellationToken);

    /// <summary>Loads the dossier a work item belongs to (the task commands name the task, not the dossier).</summary>
    public static Task<DossierSession> LoadByWorkItemAsync(WorkflowDbContext db, EngineContext context, Actor actor, Guid workItemId, CancellationToken cancellationToken) =>
        LoadAsync(db, context, actor, DossierRowLock.LoadForUpdateByWorkItemAsync(db, workItemId, cancellationToken), () => new WorkflowException(WorkflowErrorKind.NotFound, "task-not-found",
            $"Không có công việc {workItemId}. / There is no task {workItemId}.", "workItemId"), cancellationToken);

    private static async Task<DossierSession> LoadAsync(WorkflowDbContext db, EngineContext context, Actor actor, Task<DossierRecord?> locking, Func<WorkflowException> notFound, CancellationToken cancellationToken)
    {
        var dossier = await locking ?? throw notFound();
        var dossierId = dossier.Id;
        var definition = context.Workspace.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion)
            ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "definition-missing",
                $"Hồ sơ {dossier.Code} chạy trên {dossier.ProcedureId}/v{dossier.ProcedureVersion} nhưng phiên bản này không nạp được; chạy \"workflow validate\". / The dossier runs on a version that is not loaded.");
        var items = await db.WorkItems.Where(i => i.DossierId == dossierId).ToListAsync(cancellationToken);
        var joins = await db.Joins.Where(j => j.DossierId == dossierId).ToListAsync(cancellationToken);
        var timers = await db.Timers.Where(t => t.DossierId == dossierId && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var ledger = await db.DeadlineEvents.Where(e => e.DossierId == dossierId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var last = await db.Journal.Where(j => j.DossierId == dossierId).OrderByDescending(j => j.Sequence)
            .Select(j => new { j.Sequence, j.Hash }).FirstOrDefaultAsync(cancellationToken);
        return new DossierSession(db, context, actor, dossier, definition, items, joins, timers, ledger, last?.Sequence ?? 0, last?.Hash ?? JournalHasher.Genesis);
    }

    /// <summary>A session for a dossier being created by this command.</summary>
    public static DossierSession Create(WorkflowDbContext db, EngineContext context, Actor actor, DossierRecord dossier, ProcedureDefinition definition)
    {
        db.Dossiers.Add(dossier);
        return new DossierSession(db, context, actor, dossier, definition, [], [], [], [], 0, JournalHasher.Genesis);
    }

    public void SwitchDefinition(ProcedureDefinition definition) => Definition = definition;

    public int CurrentStatus() => DossierStatusRules.Compute(Dossier.State, Items);

    /// <summary>Appends a journal entry describing what the command just did, chained to the previous one.</summary>
    public JournalEntryRecord Journal(string command, string? reason = null, WorkItemRecord? item = null, object? detail = null,
        string? handoffFrom = null, string? handoffTo = null, Punctuality? handoffPunctuality = null, Actor? actor = null)
    {
        actor ??= Actor;
        var status = CurrentStatus();
        Dossier.StatusCode = status;
        var entry = new JournalEntryRecord
        {
            DossierId = Dossier.Id,
            Sequence = ++_lastSequence,
            At = Now,
            Command = command,
            ActorId = actor.Id,
            ActorName = actor.Name,
            ActorUnitId = actor.UnitId,
            ActorRole = actor.Role,
            FromStatus = _lastSequence == 1 ? null : _journaledStatus,
            ToStatus = status,
            FromState = _lastSequence == 1 ? null : _journaledState,
            ToState = Dossier.State.ToString(),
            WorkItemId = item?.Id,
            StepId = item?.StepId,
            HandoffFromUnitId = handoffFrom,
            HandoffToUnitId = handoffTo,
            HandoffPunctuality = handoffPunctuality,
            Reason = reason,
            DetailJson = detail is null ? null : JsonSerializer.Serialize(detail, JournalDetailJson.Options),
            PreviousHash = _lastHash,
        };
        entry.Hash = JournalHasher.Compute(entry);
        _lastHash = entry.Hash;
        _journaledStatus = status;
        _journaledState = entry.ToState;
        Db.Journal.Add(entry);
        return entry;
    }

    public WorkItemRecord AddItem(WorkItemRecord item)
    {
        item.Id = Guid.CreateVersion7();
        item.DossierId = Dossier.Id;
        item.CreatedAt = Now;
        item.Status = WorkItemStatus.Open;
        Items.Add(item);
        Db.WorkItems.Add(item);
        return item;
    }

    /// <summary>Closes an open item without it being done, and its timers.</summary>
    public void CancelItem(WorkItemRecord item, string reason)
    {
        item.Status = WorkItemStatus.Cancelled;
        item.CompletedAt = Now;
        item.CancelReason = reason;
        CancelTimers(t => t.WorkItemId == item.Id);
    }

    public void AddTimer(TimerKind kind, DateTimeOffset dueAt, WorkItemRecord? item = null)
    {
        var timer = new TimerRecord
        {
            Id = Guid.CreateVersion7(),
            DossierId = Dossier.Id,
            WorkItemId = item?.Id,
            Kind = kind,
            DueAt = dueAt.UtcDateTime,
            Status = TimerStatus.Pending,
            CreatedAt = Now,
        };
        PendingTimers.Add(timer);
        Db.Timers.Add(timer);
    }

    public void CancelTimers(Func<TimerRecord, bool> which)
    {
        foreach (var timer in PendingTimers.Where(t => t.Status == TimerStatus.Pending && which(t)).ToList())
        {
            timer.Status = TimerStatus.Cancelled;
        }
    }

    /// <summary>Appends a deadline event to the dossier's ledger (item null) or a step's.</summary>
    public void AddLedgerEvent(DeadlineEvent deadlineEvent, WorkItemRecord? item = null)
    {
        var record = DeadlineEventMapping.ToRecord(deadlineEvent);
        record.DossierId = Dossier.Id;
        record.WorkItemId = item?.Id;
        record.Sequence = LedgerEvents.Count(e => e.WorkItemId == item?.Id) + 1;
        LedgerEvents.Add(record);
        Db.DeadlineEvents.Add(record);
    }

    public DeadlineLedger Ledger(WorkItemRecord? item = null) =>
        DeadlineLedger.FromEvents(LedgerEvents.Where(e => e.WorkItemId == item?.Id).OrderBy(e => e.Sequence).Select(DeadlineEventMapping.FromRecord));

    public void Notify(OutboxMessageRecord message)
    {
        message.Id = Guid.CreateVersion7();
        message.DossierId = Dossier.Id;
        message.CreatedAt = Now;
        message.NextAttemptAt = Now;
        message.Status = OutboxStatus.Pending;
        Db.Outbox.Add(message);
    }

    /// <summary>Marks the dossier changed by this command; the version check on save rejects a concurrent writer.</summary>
    public void Touch()
    {
        Dossier.StatusCode = CurrentStatus();
        Dossier.UpdatedAt = Now;
        Dossier.Version++;
    }
}
