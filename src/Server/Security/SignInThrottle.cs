using Microsoft.EntityFrameworkCore;
using Workflow.Server.Authentication;

namespace Workflow.Server.Security;

/// <summary>
/// Slows password guessing without letting anyone lock an officer out: failures are counted per
/// client address and user name together, so failing from one address delays only that address
/// (see <see cref="SignInThrottleSettings"/>). Known and unknown names are counted alike, so the
/// answers say nothing about which accounts exist. The counts live in the shared database, so
/// every node of a cluster sees the same ones, under keyed hashes (<see cref="SignInThrottleKey"/>).
/// </summary>
public sealed class SignInThrottle(ServerIdentityDbContext db, SignInThrottleKey keys, SignInThrottleSettings settings, TimeProvider time, ILogger<SignInThrottle> logger)
{
    /// <summary>
    /// Either the wait still owed by this address for this name, or a begun attempt. A begun attempt
    /// is counted as a failure at once, by a conditional update that only one of several simultaneous
    /// tries can make: a burst of parallel guesses gets no more tries than guesses made one by one.
    /// </summary>
    public async Task<SignInAttempt> BeginAsync(string address, string userName, CancellationToken cancellationToken = default)
    {
        var pairKey = await keys.HashAsync(db, $"{address}\n{userName}", cancellationToken);
        var accountKey = await keys.HashAsync(db, $"*\n{userName}", cancellationToken);
        var accountFailures = 0;
        for (var round = 0; round < 5; round++)
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var rows = await db.SignInFailures.AsNoTracking().Where(r => r.Key == pairKey || r.Key == accountKey).ToListAsync(cancellationToken);
            var pair = rows.Find(r => r.Key == pairKey);
            accountFailures = Recent(rows.Find(r => r.Key == accountKey), now);
            var failures = Recent(pair, now);
            var wait = failures == 0 ? TimeSpan.Zero
                : settings.DelayAfter(failures, accountFailures >= settings.AccountCeiling) - TimeSpan.FromMilliseconds(now - pair!.LastFailureAt);
            if (wait > TimeSpan.Zero)
            {
                return new SignInAttempt(pairKey, accountKey, accountFailures, wait);
            }

            if (await TryCountAsync(pairKey, pair, failures + 1, now, cancellationToken))
            {
                return new SignInAttempt(pairKey, accountKey, accountFailures, TimeSpan.Zero);
            }
        }

        // Every round lost to simultaneous tries of the same address and name: those count, this one waits.
        return new SignInAttempt(pairKey, accountKey, accountFailures, TimeSpan.FromSeconds(Math.Max(1, settings.FirstDelaySeconds)));
    }

    /// <summary>The password was wrong (or the name unknown): the attempt stays counted, and counts towards the name's ceiling.</summary>
    public async Task FailedAsync(SignInAttempt attempt, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var forgotten = now - (long)settings.ForgetAfter.TotalMilliseconds;
        // Only failures make rows, so pruning here keeps the table as small as the recent failures.
        await db.SignInFailures.Where(r => r.LastFailureAt < forgotten).ExecuteDeleteAsync(cancellationToken);
        for (var round = 0; round < 3; round++)
        {
            var counted = await db.SignInFailures.Where(r => r.Key == attempt.AccountKey)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Failures, r => r.Failures + 1).SetProperty(r => r.LastFailureAt, now), cancellationToken);
            if (counted == 1 || await TryCountAsync(attempt.AccountKey, null, 1, now, cancellationToken))
            {
                break;
            }
        }

        if (attempt.AccountFailures + 1 == settings.AccountCeiling)
        {
            logger.LogWarning("Failed sign-ins for one user name (throttle key {Key}) reached {Ceiling} from all addresses; every address failing on it now waits from its first failure",
                attempt.AccountKey[..12], settings.AccountCeiling);
        }
    }

    /// <summary>The password was right: this address starts afresh with this name (the name's ceiling count is not forgiven).</summary>
    public Task SucceededAsync(SignInAttempt attempt, CancellationToken cancellationToken = default) =>
        db.SignInFailures.Where(r => r.Key == attempt.PairKey).ExecuteDeleteAsync(cancellationToken);

    private int Recent(SignInFailureRecord? row, long now) =>
        row is null || now - row.LastFailureAt > settings.ForgetAfter.TotalMilliseconds ? 0 : row.Failures;

    /// <summary>Moves the count from what was read to <paramref name="failures"/>; false when another try moved it first.</summary>
    private async Task<bool> TryCountAsync(string key, SignInFailureRecord? read, int failures, long now, CancellationToken cancellationToken)
    {
        if (read is not null)
        {
            return await db.SignInFailures.Where(r => r.Key == key && r.Failures == read.Failures && r.LastFailureAt == read.LastFailureAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Failures, failures).SetProperty(r => r.LastFailureAt, now), cancellationToken) == 1;
        }

        return await db.TryInsertAsync(new SignInFailureRecord { Key = key, Failures = failures, LastFailureAt = now }, cancellationToken);
    }
}
