using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>
/// Fires due timers. It claims a batch of due rows with a lease (so another worker skips them),
/// fires each through the engine's command path (where the timer's status is checked again in
/// the dossier's transaction, so a timer fires once even if two workers reach it), and sleeps
/// until the next due timer or the configured poll interval, or until a command on this node
/// writes a timer due sooner. Nothing is kept only in memory: after a restart, overdue timers are
/// simply due and fire at once. A timer it leased but did not fire (a conflict, a database error,
/// a shutdown) has its lease given back as soon as the database answers, so it does not wait the
/// whole lease out.
/// </summary>
public sealed class TimerWorker
{
    /// <summary>How long the loop waits after a failed pass before trying again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>How long giving leases back may hold up a worker that is stopping.</summary>
    private static readonly TimeSpan ReturnOnStopTimeout = TimeSpan.FromSeconds(5);

    private readonly WorkflowEngine _engine;
    private readonly WorkflowDbContextFactory _db;
    private readonly ITimerClaimer _claimer;
    private readonly ILogger _logger;

    // At most one wake-up is pending: a burst of commands wakes the worker once, not once each.
    private readonly SemaphoreSlim _wake = new(0, 1);

    // Timers this worker leased, did not fire, and has not given back yet (the database did not answer).
    private readonly HashSet<Guid> _leasesToReturn = [];
    private DateTime _lastLeaseUntil;

    // When the worker looks next (UTC ticks): a command writing a timer due before then wakes it.
    private long _nextPassTicks = long.MaxValue;

    public TimerWorker(WorkflowEngine engine, WorkflowDbContextFactory db, string workerId, ITimerClaimer? claimer = null, ILogger<TimerWorker>? logger = null)
    {
        _engine = engine;
        _db = db;
        WorkerId = workerId;
        _claimer = claimer ?? TimerClaimers.For(db.Options.Provider);
        _logger = logger ?? NullLogger<TimerWorker>.Instance;
    }

    public string WorkerId { get; }

    /// <summary>When the worker last finished a pass; the server's health check reads it.</summary>
    public DateTimeOffset? LastPassAt { get; private set; }

    public long Fired { get; private set; }

    public event Action<TimerFiring>? TimerFired;

    /// <summary>Wakes the worker early, e.g. after a command wrote a timer due very soon.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another wake-up got there first; one is enough.
        }
    }

    /// <summary>Fires every timer due now, in batches; returns how many fired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await TryReturnLeasesAsync("held since an earlier failure", cancellationToken);
        // One read of the organisation's version for the whole pass, not one per timer fired.
        await _engine.Workspace.RefreshAsync(cancellationToken);
        using var fresh = _engine.Workspace.HoldFresh();
        var options = _engine.Options;
        var total = 0;
        while (true)
        {
            var now = _engine.Time.GetUtcNow();
            var leaseUntil = now.Add(options.TimerLease).UtcDateTime;
            var claimed = await _claimer.ClaimAsync(_db, WorkerId, now.UtcDateTime, leaseUntil, options.TimerBatchSize, cancellationToken);
            var next = 0;
            try
            {
                for (; next < claimed.Count; next++)
                {
                    if (await FireAsync(claimed[next], leaseUntil, cancellationToken))
                    {
                        total++;
                    }
                }
            }
            catch (Exception ex)
            {
                // The rest of the batch was not fired: give it back now rather than let it wait out the lease.
                Remember(claimed.Skip(next), leaseUntil);
                var stopping = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
                using var timeout = new CancellationTokenSource(ReturnOnStopTimeout);
                await TryReturnLeasesAsync(stopping ? "the worker is stopping" : "the pass failed", stopping ? timeout.Token : cancellationToken);
                throw;
            }

            if (claimed.Count < options.TimerBatchSize)
            {
                break;
            }
        }

        // Mergers and abolitions whose effective date came: their open tasks move to the successor.
        await Organisation.Administration.OrganisationSuccessions.RunDueAsync(_engine, _db, _logger, cancellationToken);
        LastPassAt = _engine.Time.GetUtcNow();
        return total;
    }

    /// <summary>Runs until cancelled, sleeping until the next due timer (at most the poll interval) or until woken.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _engine.TimersScheduled += OnTimersScheduled;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    // While it works, a timer due before the latest it could next look wakes it again after the pass.
                    Interlocked.Exchange(ref _nextPassTicks, _engine.Time.GetUtcNow().Add(_engine.Options.TimerMaxSleep).UtcTicks);
                    await RunOnceAsync(cancellationToken);
                    await SleepAsync(await SleepTimeAsync(cancellationToken), cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // The database may be briefly unreachable; try again shortly rather than die, and say so.
                    int held;
                    lock (_leasesToReturn)
                    {
                        held = _leasesToReturn.Count;
                    }

                    _logger.PassFailed(ex, WorkerId, held, RetryDelay);
                    await Task.Delay(RetryDelay, _engine.Time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
        finally
        {
            _engine.TimersScheduled -= OnTimersScheduled;
        }
    }

    private void OnTimersScheduled(DateTime dueUtc)
    {
        var next = Interlocked.Read(ref _nextPassTicks);
        if (dueUtc.Ticks < next)
        {
            _logger.Woken(WorkerId, dueUtc, new DateTimeOffset(next, TimeSpan.Zero));
            Wake();
        }
    }

    /// <summary>Sleeps on the engine's clock until <paramref name="sleep"/> has passed or <see cref="Wake"/> is called.</summary>
    private async Task SleepAsync(TimeSpan sleep, CancellationToken cancellationToken)
    {
        var until = _engine.Time.GetUtcNow().Add(sleep);
        using var nap = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(sleep, _engine.Time, nap.Token);
        var woken = _wake.WaitAsync(nap.Token);
        Interlocked.Exchange(ref _nextPassTicks, until.UtcTicks);
        await Task.WhenAny(delay, woken);
        await nap.CancelAsync();
        await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await woken.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Until the next pending timer can be claimed: its due instant, or later when a lease or a retry
    /// delay holds it. Two reads along the (Status, DueAt) index rather than one over every pending
    /// timer: the earliest due instant among timers free at it, and the earliest end of a lease among
    /// timers already due (a timer is leased only once due).
    /// </summary>
    private async Task<TimeSpan> SleepTimeAsync(CancellationToken cancellationToken)
    {
        var now = _engine.Time.GetUtcNow().UtcDateTime;
        DateTime? due, leased;
        await using (var db = _db.Create())
        {
            // A timer due later but leased past its due (a node whose clock runs ahead) counts at its due instant:
            // the worker then looks once too early, and after that the timer is due and read by the second query.
            due = await db.Timers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && (t.DueAt > now || t.LockedUntil == null || t.LockedUntil <= t.DueAt))
                .OrderBy(t => t.DueAt)
                .Select(t => (DateTime?)t.DueAt)
                .FirstOrDefaultAsync(cancellationToken);
            leased = await db.Timers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now && t.LockedUntil != null && t.LockedUntil > t.DueAt)
                .MinAsync(t => t.LockedUntil, cancellationToken);
        }

        var next = due is null ? leased : leased is null || due < leased ? due : leased;
        var max = _engine.Options.TimerMaxSleep;
        if (next is null)
        {
            return max;
        }

        var wait = new DateTimeOffset(DateTime.SpecifyKind(next.Value, DateTimeKind.Utc)) - _engine.Time.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(10) : wait < max ? wait : max;
    }

    private async Task<bool> FireAsync(ClaimedTimer timer, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        try
        {
            await _engine.FireTimerAsync(timer.DossierId, timer.Id, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // An officer changed the dossier at the same moment: the timer is due again at once.
            _logger.FiringConflicted(timer.Id, timer.Kind, timer.DossierId);
            Remember([timer], leaseUntil);
            await ReturnLeasesAsync("a command on the same dossier won", cancellationToken);
            return false;
        }
        // An unavailable database is not the timer's fault: it goes up to the caller, which gives back
        // this lease and the rest of the batch, so the timer fires as soon as the database answers.
        catch (Exception ex) when (ex is not OperationCanceledException && !DatabaseErrors.IsUnavailable(ex))
        {
            DateTime retryAt;
            try
            {
                retryAt = await RecordFailureAsync(timer, ex, cancellationToken);
            }
            catch (Exception recordError) when (recordError is not OperationCanceledException)
            {
                // Most likely the database itself: the caller gives back this lease and the rest of the batch.
                _logger.FailureNotRecorded(ex, timer.Id, timer.Kind, timer.DossierId);
                throw;
            }

            _logger.FiringFailed(ex, timer.Id, timer.Kind, timer.DossierId, timer.Attempts + 1, retryAt);
            return false;
        }

        Fired++;
        var firedAt = _engine.Time.GetUtcNow().UtcDateTime;
        if (firedAt > leaseUntil)
        {
            _logger.LeaseLost(WorkerId, timer.Id, timer.Kind, leaseUntil);
        }

        TimerFired?.Invoke(new TimerFiring(timer.Id, timer.DossierId, timer.Kind, timer.DueAt, firedAt, WorkerId));
        return true;
    }

    /// <summary>Keeps the timer leased until its retry instant (1, 2, 4… minutes, at most an hour) and records the error; returns that instant.</summary>
    private async Task<DateTime> RecordFailureAsync(ClaimedTimer timer, Exception error, CancellationToken cancellationToken)
    {
        await using var db = _db.Create();
        await using var transaction = await _db.BeginWriteAsync(db, cancellationToken);
        var retryAt = _engine.Time.GetUtcNow().AddMinutes(Math.Min(60, Math.Pow(2, timer.Attempts))).UtcDateTime;
        await db.Timers.Where(t => t.Id == timer.Id && t.Status == TimerStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                .SetProperty(t => t.LastError, error.Message.Length > 2000 ? error.Message[..2000] : error.Message)
                .SetProperty(t => t.LockedUntil, retryAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return retryAt;
    }

    private void Remember(IEnumerable<ClaimedTimer> timers, DateTime leaseUntil)
    {
        lock (_leasesToReturn)
        {
            foreach (var timer in timers)
            {
                _leasesToReturn.Add(timer.Id);
            }

            _lastLeaseUntil = leaseUntil > _lastLeaseUntil ? leaseUntil : _lastLeaseUntil;
        }
    }

    /// <summary>Gives back the leases this worker holds on timers it did not fire; logs and keeps them for later when the database does not answer.</summary>
    private async Task TryReturnLeasesAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            await ReturnLeasesAsync(reason, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            int count;
            DateTime until;
            lock (_leasesToReturn)
            {
                (count, until) = (_leasesToReturn.Count, _lastLeaseUntil);
            }

            _logger.LeasesNotReturned(ex, WorkerId, count, until);
        }
    }

    private async Task ReturnLeasesAsync(string reason, CancellationToken cancellationToken)
    {
        Guid[] ids;
        lock (_leasesToReturn)
        {
            ids = [.. _leasesToReturn];
        }

        if (ids.Length == 0)
        {
            return;
        }

        await using (var db = _db.Create())
        {
            // Through the writer lane, as claims are: on SQLite it waits its turn instead of meeting the busy handler.
            await using var transaction = await _db.BeginWriteAsync(db, cancellationToken);
            // Only rows still pending and still leased by this worker: a timer fired or claimed elsewhere meanwhile is left alone.
            await db.Timers.Where(t => ids.Contains(t.Id) && t.Status == TimerStatus.Pending && t.LockedBy == WorkerId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.LockedBy, (string?)null)
                    .SetProperty(t => t.LockedUntil, (DateTime?)null), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        lock (_leasesToReturn)
        {
            _leasesToReturn.ExceptWith(ids);
        }

        _logger.LeasesReturned(WorkerId, ids.Length, reason);
    }
}
