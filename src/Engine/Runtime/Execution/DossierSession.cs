using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
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

    /// <summary>The ledger rows already in the database: read the first time a command needs them (most never do).</summary>
    private List<DeadlineEventRecord>? _storedLedger;

    /// <summary>Ledger rows this command appends.</summary>
    private readonly List<DeadlineEventRecord> _addedLedger = [];

    /// <summary>Whether an officer holds one role at one unit today, read with the dossier; null when not read.</summary>
    private (string OfficerId, string UnitId, string Role, bool Holds)? _knownMembership;

    /// <summary>Items this command creates: their ledgers start empty, so appending to one needs no read.</summary>
    private readonly HashSet<Guid> _newItems = [];

    private DossierSession(WorkflowDbContext db, EngineContext context, Actor actor, DossierRecord dossier, ProcedureDefinition definition,
        List<WorkItemRecord> items, List<JoinRecord> joins, List<TimerRecord> pendingTimers, List<DeadlineEventRecord>? storedLedger,
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
        _storedLedger = storedLedger;
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

    /// <summary>Which of <paramref name="roles"/> the officer holds today at the unit, if the load already read it; else null.</summary>
    public IReadOnlyList<string>? KnownRoles(string officerId, string unitId, IReadOnlyCollection<string> roles) =>
        _knownMembership is { } known && known.OfficerId == officerId && known.UnitId == unitId && roles.Count == 1 && roles.Contains(known.Role)
            ? (known.Holds ? [known.Role] : [])
            : null;

    public DossierRecord Dossier { get; }

    /// <summary>
    /// The tracking secret of a dossier being received: known only within that command (the row
    /// keeps its hash), so the citizen's messages of that command carry it.
    /// </summary>
    public string? NewTrackingSecret { get; set; }

    public ProcedureDefinition Definition { get; private set; }

    public List<WorkItemRecord> Items { get; }

    public List<JoinRecord> Joins { get; }

    public List<TimerRecord> PendingTimers { get; }

    /// <summary>Linked dossiers this command's file steps asked for, filed before the commit.</summary>
    public List<PendingFiling> PendingFilings { get; } = [];

    /// <summary>Set once this dossier's end was reported to its parent, if it has one, within this command.</summary>
    public bool EndSettled { get; set; }

    /// <summary>The journal entries this command appends, in order.</summary>
    public List<JournalEntryRecord> JournalEntries { get; } = [];

    public DateTime Now => Context.NowUtc;

    /// <summary>The sequence number the next journal entry of this dossier gets.</summary>
    public int NextSequence => _lastSequence + 1;

    public IEnumerable<WorkItemRecord> OpenItems => Items.Where(i => i.Status == WorkItemStatus.Open);

    /// <summary>The local date the organisation is consulted for: the day the dossier was received.</summary>
    public DateOnly ReceiptDate => VietnamTime.LocalDate(new DateTimeOffset(Dossier.AcceptedAt ?? Dossier.SubmittedAt, TimeSpan.Zero));

    public static Task<DossierSession> LoadAsync(WorkflowDbContext db, EngineContext context, Actor actor, Guid dossierId, CancellationToken cancellationToken) =>
        LoadAsync(db, context, actor, WithHead(db, DossierRowLock.ForUpdate(db, dossierId)), () => new WorkflowException(WorkflowErrorKind.NotFound, "dossier-not-found",
            $"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}.", "dossierId"), cancellationToken);

    /// <summary>
    /// Loads the dossier a work item belongs to (the task commands name the task, not the dossier),
    /// with whether the acting officer holds the task's role at its unit today: most task commands check it.
    /// </summary>
    public static Task<DossierSession> LoadByWorkItemAsync(WorkflowDbContext db, EngineContext context, Actor actor, Guid workItemId, CancellationToken cancellationToken)
    {
        var officerId = actor.Kind == ActorKind.Officer && !actor.IsSystem ? actor.Id : null;
        var today = context.Today;
        var locking = DossierRowLock.ForUpdateByWorkItem(db, workItemId);
        // The officer's membership rides on the same statement; EF Core cannot add members to a
        // projection already made, so this one repeats the head's four.
        var query = officerId is null
            ? WithHead(db, locking)
            : locking.Select(d => new Loaded
            {
                Dossier = d,
                Timers = db.Timers.Where(t => t.DossierId == d.Id && t.Status == TimerStatus.Pending).ToList(),
                LastSequence = db.Journal.Where(j => j.DossierId == d.Id).OrderByDescending(j => j.Sequence).Select(j => j.Sequence).FirstOrDefault(),
                LastHash = db.Journal.Where(j => j.DossierId == d.Id).OrderByDescending(j => j.Sequence).Select(j => j.Hash).FirstOrDefault(),
                TaskUnitId = db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.UnitId).FirstOrDefault(),
                TaskRole = db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.Role).FirstOrDefault(),
                HoldsTaskRole = db.Memberships.Any(m => m.OfficerId == officerId
                    && m.UnitId == db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.UnitId).FirstOrDefault()
                    && m.Role == db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.Role).FirstOrDefault()
                    && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today)),
            });
        return LoadAsync(db, context, actor, query, () => new WorkflowException(WorkflowErrorKind.NotFound, "task-not-found",
            $"Không có công việc {workItemId}.", $"There is no task {workItemId}.", "workItemId"), cancellationToken);
    }

    /// <summary>The locked row with what every command needs beside it: its pending timers and its journal's head.</summary>
    private static IQueryable<Loaded> WithHead(WorkflowDbContext db, IQueryable<DossierRecord> locking) =>
        locking.Select(d => new Loaded
        {
            Dossier = d,
            Timers = db.Timers.Where(t => t.DossierId == d.Id && t.Status == TimerStatus.Pending).ToList(),
            LastSequence = db.Journal.Where(j => j.DossierId == d.Id).OrderByDescending(j => j.Sequence).Select(j => j.Sequence).FirstOrDefault(),
            LastHash = db.Journal.Where(j => j.DossierId == d.Id).OrderByDescending(j => j.Sequence).Select(j => j.Hash).FirstOrDefault(),
        });

    /// <summary>What the first statement of a command reads: the locked row and what rides on it.</summary>
    private sealed class Loaded
    {
        public required DossierRecord Dossier { get; init; }

        public required List<TimerRecord> Timers { get; init; }

        public int LastSequence { get; init; }

        public string? LastHash { get; init; }

        public string? TaskUnitId { get; init; }

        public string? TaskRole { get; init; }

        public bool? HoldsTaskRole { get; init; }
    }

    private static async Task<DossierSession> LoadAsync(WorkflowDbContext db, EngineContext context, Actor actor, IQueryable<Loaded> locking, Func<WorkflowException> notFound, CancellationToken cancellationToken)
    {
        // One statement for the locked row, its pending timers and its journal head (each command
        // needs all three); the timers' order does not matter, so they can ride on the dossier row.
        var loaded = await locking.SingleOrDefaultAsync(cancellationToken) ?? throw notFound();
        var dossier = loaded.Dossier;
        var dossierId = dossier.Id;
        var definition = context.Workspace.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion)
            ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "definition-missing",
                $"Hồ sơ {dossier.Code} chạy trên {dossier.ProcedureId}/v{dossier.ProcedureVersion} nhưng phiên bản này không nạp được; chạy \"workflow validate\".",
                "The dossier runs on a version that is not loaded.");
        // Items keep their own statement: their order (the database's) decides the order of journal entries.
        var items = await db.WorkItems.Where(i => i.DossierId == dossierId).ToListAsync(cancellationToken);
        // A join only ever matters to an item on a parallel branch: without one, none is read.
        var joins = items.Exists(i => i.ForkPath.Length > 0)
            ? await db.Joins.Where(j => j.DossierId == dossierId).ToListAsync(cancellationToken)
            : [];
        var session = new DossierSession(db, context, actor, dossier, definition, items, joins, loaded.Timers, null,
            loaded.LastSequence, loaded.LastHash ?? JournalHasher.Genesis);
        if (loaded is { HoldsTaskRole: { } holds, TaskUnitId: { } unitId, TaskRole: { } role })
        {
            session._knownMembership = (actor.Id, unitId, role, holds);
        }

        return session;
    }

    /// <summary>A session for a dossier being created by this command.</summary>
    public static DossierSession Create(WorkflowDbContext db, EngineContext context, Actor actor, DossierRecord dossier, ProcedureDefinition definition)
    {
        db.Dossiers.Add(dossier);
        return new DossierSession(db, context, actor, dossier, definition, [], [], [], [], 0, JournalHasher.Genesis);
    }

    public void SwitchDefinition(ProcedureDefinition definition) => Definition = definition;

    public int CurrentStatus() => DossierStatusRules.Compute(Dossier.State, Items);

    /// <summary>Appends a journal entry of the detail's kind carrying the detail, chained to the previous one.</summary>
    public JournalEntryRecord Journal(IJournalDetail detail, string? reason = null, WorkItemRecord? item = null,
        string? handoffFrom = null, string? handoffTo = null, Punctuality? handoffPunctuality = null, Actor? actor = null) =>
        Append(detail.Kind, JournalDetailReader.Write(detail), reason, item, handoffFrom, handoffTo, handoffPunctuality, actor);

    /// <summary>Appends a journal entry of a kind that carries no detail (one of <see cref="JournalKinds"/>).</summary>
    public JournalEntryRecord Journal(string kind, string? reason = null, WorkItemRecord? item = null, Actor? actor = null) =>
        Append(kind, null, reason, item, null, null, null, actor);

    private JournalEntryRecord Append(string command, string? detailJson, string? reason, WorkItemRecord? item,
        string? handoffFrom, string? handoffTo, Punctuality? handoffPunctuality, Actor? actor)
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
            DetailJson = detailJson,
            PreviousHash = _lastHash,
        };
        entry.Hash = JournalHasher.Compute(entry);
        _lastHash = entry.Hash;
        _journaledStatus = status;
        _journaledState = entry.ToState;
        Db.Journal.Add(entry);
        JournalEntries.Add(entry);
        return entry;
    }

    public WorkItemRecord AddItem(WorkItemRecord item)
    {
        item.Id = Guid.CreateVersion7();
        item.DossierId = Dossier.Id;
        item.CreatedAt = Now;
        item.Status = WorkItemStatus.Open;
        Items.Add(item);
        _newItems.Add(item.Id);
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

    /// <summary>The earliest due instant of the timers this command wrote, so the worker can be woken for it after the commit.</summary>
    public DateTime? EarliestNewTimer { get; private set; }

    public void AddTimer(TimerKind kind, DateTimeOffset dueAt, WorkItemRecord? item = null, JoinRecord? join = null)
    {
        if (EarliestNewTimer is null || dueAt.UtcDateTime < EarliestNewTimer)
        {
            EarliestNewTimer = dueAt.UtcDateTime;
        }

        var timer = new TimerRecord
        {
            Id = Guid.CreateVersion7(),
            DossierId = Dossier.Id,
            WorkItemId = item?.Id,
            JoinId = join?.Id,
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
        var earlier = item is not null && _newItems.Contains(item.Id) ? _addedLedger : LedgerEvents();
        record.Sequence = earlier.Count(e => e.WorkItemId == item?.Id) + 1;
        _addedLedger.Add(record);
        Db.DeadlineEvents.Add(record);
    }

    public DeadlineLedger Ledger(WorkItemRecord? item = null) =>
        DeadlineLedger.FromEvents(LedgerEvents().Where(e => e.WorkItemId == item?.Id).OrderBy(e => e.Sequence).Select(DeadlineEventMapping.FromRecord));

    /// <summary>The whole ledger: the stored rows (read now if not yet read, in this command's transaction) and this command's.</summary>
    private IEnumerable<DeadlineEventRecord> LedgerEvents()
    {
        _storedLedger ??= Db.DeadlineEvents.Where(e => e.DossierId == Dossier.Id).OrderBy(e => e.Sequence).ToList();
        return _storedLedger.Concat(_addedLedger);
    }

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
