using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Engine.Calendars;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The engine's commands. Each one loads one dossier, applies the definition's rules, and
/// commits state, tasks, timers, deadline ledger, journal and outbox in one transaction,
/// guarded by the dossier's version: of two concurrent commands exactly one wins, and the
/// other is told who won. Any exception leaves the database as it was.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly WorkspaceAccessor _workspace;
    private readonly WorkflowDbContextFactory _db;
    private readonly TimeProvider _time;
    private readonly EngineOptions _options;
    private readonly ILogger _logger;

    /// <summary>Built by <see cref="Hosting.WorkflowEngineRegistration.AddWorkflowEngine(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{Hosting.WorkflowEngineSettings})"/>.</summary>
    public WorkflowEngine(WorkspaceAccessor workspace, WorkflowDbContextFactory db, TimeProvider time, EngineOptions? options = null, ILogger<WorkflowEngine>? logger = null)
    {
        _workspace = workspace;
        _db = db;
        _time = time;
        _options = options ?? new EngineOptions();
        _logger = logger ?? NullLogger<WorkflowEngine>.Instance;
    }

    public EngineOptions Options => _options;

    public TimeProvider Time => _time;

    /// <summary>The procedures and organisation the commands run with.</summary>
    internal WorkspaceAccessor Workspace => _workspace;

    /// <summary>
    /// Raised after a command committed timers, with the earliest due instant (UTC) it wrote: the
    /// node's timer worker wakes for one due before its next poll instead of waiting for it.
    /// </summary>
    public event Action<DateTime>? TimersScheduled;

    private void Committed(DossierSession session)
    {
        if (session.EarliestNewTimer is not { } due)
        {
            return;
        }

        try
        {
            TimersScheduled?.Invoke(due);
        }
        catch (Exception ex)
        {
            // The command is committed: a listener's failure must not make it look failed to its caller.
            _logger.TimerListenerFailed(ex, session.Dossier.Id);
        }
    }

    /// <summary>"CompleteAsync" → "Complete": the command's kind, as logs name it.</summary>
    private static string CommandName(string member) => member.EndsWith("Async", StringComparison.Ordinal) ? member[..^5] : member;

    private EngineContext NewContext() => new(_workspace.Current, _time, _options);

    /// <summary>Runs a command on an existing dossier inside one transaction.</summary>
    private Task<CommandResult> ExecuteAsync(Guid dossierId, Actor actor, long? expectedVersion, Func<DossierSession, Task> body, CancellationToken cancellationToken,
        [CallerMemberName] string command = "") =>
        ExecuteAsync((db, context) => DossierSession.LoadAsync(db, context, actor, dossierId, cancellationToken), expectedVersion, body, CommandName(command), cancellationToken);

    /// <summary>Runs a command on the dossier of a work item: the item's dossier is found and locked in the command's transaction.</summary>
    private Task<CommandResult> ExecuteOnTaskAsync(Guid workItemId, Actor actor, long? expectedVersion, Func<DossierSession, Task> body, CancellationToken cancellationToken,
        [CallerMemberName] string command = "") =>
        ExecuteAsync((db, context) => DossierSession.LoadByWorkItemAsync(db, context, actor, workItemId, cancellationToken), expectedVersion, body, CommandName(command), cancellationToken);

    /// <summary>How often a command may lose a race to another command on its dossier before it is refused.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Runs the command until it saves on the state it decided on. A command that lost a race to
    /// another on its dossier is run again on the winner's state, as if it had queued behind it, so
    /// the caller sees the outcome a command run strictly after the winner would have had (which is
    /// a refusal when it was pinned to the version it saw, or when the winner did what it meant to do).
    /// On SQLite the command reads and decides before taking the one writer's lane, and its last
    /// attempt reads under the lane, where nobody in this process can overtake it. On PostgreSQL
    /// and SQL Server it reads under its dossier's row lock; the lock admits one command at a
    /// time, but what the locking statement reads beside the row (the journal's head) can be from
    /// before the wait, and the save then fails on the journal's sequence: the next attempt reads
    /// it again.
    /// </summary>
    private async Task<CommandResult> ExecuteAsync(Func<WorkflowDbContext, EngineContext, Task<DossierSession>> load, long? expectedVersion, Func<DossierSession, Task> body,
        string command, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Another node may have changed the organisation: the command runs with the database's current one.
        await _workspace.RefreshAsync(cancellationToken);
        var writesBeforeCommit = false;
        for (var attempt = 1; ; attempt++)
        {
            var last = attempt == Attempts;
            var write = _db.ReadsBeforeWriting && !last && !writesBeforeCommit
                ? await _db.BeginReadFirstCommandAsync(cancellationToken)
                : await _db.BeginCommandAsync(cancellationToken);
            try
            {
                if (await TryExecuteAsync(write, load, expectedVersion, body, command, started, attempt, cancellationToken) is { } result)
                {
                    return result;
                }
            }
            catch (LinkedWritesNeedLaneException)
            {
                // Filing a linked dossier takes a code (a write) before the commit: on SQLite that needs the
                // writer's lane for the whole command, so the command runs again holding it.
                writesBeforeCommit = true;
                attempt--;
            }
        }
    }

    /// <summary>A read-first command on SQLite met linked dossiers to settle, which write before the commit.</summary>
    private sealed class LinkedWritesNeedLaneException : Exception;

    /// <summary>Runs the command once; null when another command on its dossier saved first and it may try again.</summary>
    private async Task<CommandResult?> TryExecuteAsync(CommandWrite write, Func<WorkflowDbContext, EngineContext, Task<DossierSession>> load, long? expectedVersion,
        Func<DossierSession, Task> body, string command, long started, int attempt, CancellationToken cancellationToken)
    {
        var lastAttempt = attempt == Attempts;
        await using var _ = write;
        var context = NewContext();
        var session = await load(write.Db, context);
        var dossierId = session.Dossier.Id;
        var firstSequence = session.NextSequence;
        if (expectedVersion is { } expected && expected != session.Dossier.Version)
        {
            throw await ConflictAsync(dossierId, expected, cancellationToken);
        }

        await body(session);
        var linked = await SettleLinkedAsync(write, session, cancellationToken);
        session.Touch();
        try
        {
            await write.CommitAsync(cancellationToken);
        }
        // A unique index refused the row: a journal sequence or the dossier's version taken by another command.
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            if (!lastAttempt)
            {
                _logger.CommandRetried(command, dossierId, attempt);
                return null;
            }

            // Another command on this dossier committed first (its journal sequence or version won).
            throw await ConflictAsync(dossierId, session.Dossier.Version - 1, cancellationToken);
        }

        CountCommitted(session);
        Committed(session);
        foreach (var other in linked)
        {
            Committed(other);
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        EngineMetrics.CommandDuration.Record(elapsed.TotalMilliseconds);
        LogIfSlow(command, dossierId, session.Dossier.Code, elapsed, attempt);
        return Result(session, firstSequence);
    }

    /// <summary>Files the linked dossiers the command asked for and tells the parent of a dossier that ended, in the command's transaction.</summary>
    private static async Task<IReadOnlyList<DossierSession>> SettleLinkedAsync(CommandWrite write, DossierSession session, CancellationToken cancellationToken)
    {
        if (!LinkedDossiers.HasWork(session))
        {
            return [];
        }

        if (write is ReadFirstCommandWrite && (session.PendingFilings.Count > 0 || await LinkedDossiers.HasOpenParentAsync(session, cancellationToken)))
        {
            throw new LinkedWritesNeedLaneException();
        }

        return await LinkedDossiers.SettleAsync(session, cancellationToken);
    }

    private void LogIfSlow(string command, Guid dossierId, string dossierCode, TimeSpan elapsed, int attempts)
    {
        if (elapsed > _options.SlowCommandThreshold)
        {
            _logger.SlowCommand(command, dossierId, dossierCode, elapsed.TotalMilliseconds, _options.SlowCommandThreshold.TotalMilliseconds, attempts);
        }
    }

    private static void CountCommitted(DossierSession session)
    {
        // The session's own lists: asking the change tracker would scan every tracked entity again.
        foreach (var entry in session.JournalEntries)
        {
            switch (entry.Command)
            {
                case JournalKinds.Complete:
                    EngineMetrics.TasksCompleted.Add(1);
                    break;
                case JournalKinds.StepOverdue:
                    EngineMetrics.LateSteps.Add(1);
                    break;
            }
        }

        foreach (var timer in session.PendingTimers.Where(t => t.Status == Runtime.States.TimerStatus.Fired && t.FiredAt == session.Now))
        {
            EngineMetrics.TimersFired.Add(1, new KeyValuePair<string, object?>("kind", timer.Kind.ToString()));
        }
    }

    private static CommandResult Result(DossierSession session, int firstSequence)
    {
        var last = session.JournalEntries.Select(e => e.Sequence).DefaultIfEmpty(firstSequence - 1).Max();
        return new CommandResult(session.Dossier.Id, session.Dossier.Code, session.Dossier.StatusCode, session.Dossier.Version, firstSequence, last,
            session.Dossier.DueAt is { } due ? VietnamTime.ToLocal(new DateTimeOffset(due, TimeSpan.Zero)) : null);
    }

    /// <summary>Builds the "someone else got there first" error from what the winner wrote in the journal.</summary>
    private async Task<ConcurrencyConflictException> ConflictAsync(Guid dossierId, long versionSeen, CancellationToken cancellationToken)
    {
        await using var db = _db.Create();
        var last = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId)
            .OrderByDescending(j => j.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return new ConcurrencyConflictException("Hồ sơ vừa được thay đổi bởi người khác; tải lại và thử lại.",
                "The dossier was just changed by someone else; reload and try again.", null, null);
        }

        var at = VietnamTime.ToLocal(new DateTimeOffset(last.At, TimeSpan.Zero));
        return new ConcurrencyConflictException(
            $"Hồ sơ đã được {last.ActorName} cập nhật ({last.Command}) lúc {VietnamTime.Format(at)}, sau khi bạn mở nó. Tải lại hồ sơ rồi thực hiện lại nếu vẫn cần.",
            $"{last.ActorName} changed the dossier ({last.Command}) at {VietnamTime.Format(at)}, after you opened it (version {versionSeen}). Reload it and try again if still needed.",
            last.ActorName, at);
    }

    private static WorkflowException Invalid(string code, string field, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, code, vietnamese, english, field);

    private static WorkflowException Forbidden(string code, string vietnamese, string english) =>
        new(WorkflowErrorKind.Forbidden, code, vietnamese, english);

    private static WorkflowException Conflict(string code, string vietnamese, string english) =>
        new(WorkflowErrorKind.Conflict, code, vietnamese, english);

    private static WorkflowException NotFound(string code, string field, string vietnamese, string english) =>
        new(WorkflowErrorKind.NotFound, code, vietnamese, english, field);
}
