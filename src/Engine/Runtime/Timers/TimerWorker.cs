using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>
/// Fires due timers. It claims a batch of due rows with a lease (so another worker skips them),
/// fires each through the engine's command path (where the timer's status is checked again in
/// the dossier's transaction, so a timer fires once even if two workers reach it), and sleeps
/// until the next due timer or the configured poll interval. Nothing is kept only in memory:
/// after a restart, overdue timers are simply due and fire at once.
/// </summary>
public sealed class TimerWorker
{
    private readonly WorkflowEngine _engine;
    private readonly WorkflowDbContextFactory _db;
    private readonly ITimerClaimer _claimer;
    private readonly SemaphoreSlim _wake = new(0);

    public TimerWorker(WorkflowEngine engine, WorkflowDbContextFactory db, string workerId, ITimerClaimer? claimer = null)
    {
        _engine = engine;
        _db = db;
        WorkerId = workerId;
        _claimer = claimer ?? TimerClaimers.For(db.Options.Provider);
    }

    public string WorkerId { get; }

    /// <summary>When the worker last finished a pass; the server's health check reads it.</summary>
    public DateTimeOffset? LastPassAt { get; private set; }

    public long Fired { get; private set; }

    public event Action<TimerFiring>? TimerFired;

    /// <summary>Wakes the worker early, e.g. after a command wrote a timer due very soon.</summary>
    public void Wake() => _wake.Release();

    /// <summary>Fires every timer due now, in batches; returns how many fired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var options = _engine.Options;
        var total = 0;
        while (true)
        {
            var now = _engine.Time.GetUtcNow();
            var claimed = await _claimer.ClaimAsync(_db, WorkerId, now.UtcDateTime, now.Add(options.TimerLease).UtcDateTime, options.TimerBatchSize, cancellationToken);
            foreach (var timer in claimed)
            {
                if (await FireAsync(timer, cancellationToken))
                {
                    total++;
                }
            }

            if (claimed.Count < options.TimerBatchSize)
            {
                break;
            }
        }

        LastPassAt = _engine.Time.GetUtcNow();
        return total;
    }

    /// <summary>Runs until cancelled, sleeping until the next due timer (at most the poll interval).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(cancellationToken);
                var sleep = await SleepTimeAsync(cancellationToken);
                await _wake.WaitAsync(sleep, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; try again shortly rather than die.
                await Task.Delay(TimeSpan.FromSeconds(1), _engine.Time, cancellationToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private async Task<TimeSpan> SleepTimeAsync(CancellationToken cancellationToken)
    {
        await using var db = _db.Create();
        var next = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending).MinAsync(t => (DateTime?)t.DueAt, cancellationToken);
        var max = _engine.Options.TimerMaxSleep;
        if (next is null)
        {
            return max;
        }

        var wait = new DateTimeOffset(next.Value, TimeSpan.Zero) - _engine.Time.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(10) : wait < max ? wait : max;
    }

    private async Task<bool> FireAsync(ClaimedTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            await _engine.FireTimerAsync(timer.DossierId, timer.Id, cancellationToken);
            Fired++;
            TimerFired?.Invoke(new TimerFiring(timer.Id, timer.DossierId, timer.Kind, timer.DueAt, _engine.Time.GetUtcNow().UtcDateTime, WorkerId));
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // An officer changed the dossier at the same moment; the lease runs out and the timer is retried.
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordFailureAsync(timer, ex, cancellationToken);
            return false;
        }
    }

    private async Task RecordFailureAsync(ClaimedTimer timer, Exception error, CancellationToken cancellationToken)
    {
        await using var db = _db.Create();
        var retryAt = _engine.Time.GetUtcNow().AddMinutes(Math.Min(60, Math.Pow(2, timer.Attempts))).UtcDateTime;
        await db.Timers.Where(t => t.Id == timer.Id && t.Status == TimerStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                .SetProperty(t => t.LastError, error.Message.Length > 2000 ? error.Message[..2000] : error.Message)
                .SetProperty(t => t.LockedUntil, retryAt), cancellationToken);
    }
}
