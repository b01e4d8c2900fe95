using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Timers;

namespace Workflow.Engine.Tests.Support;

/// <summary>Claims as the database's own claimer does, then takes the database down once: the worker holds leases it cannot fire.</summary>
public sealed class OutageAfterClaim(ITimerClaimer inner, DatabaseOutage outage) : ITimerClaimer
{
    private bool _done;

    public async Task<IReadOnlyList<ClaimedTimer>> ClaimAsync(WorkflowDbContextFactory db, string workerId, DateTime nowUtc, DateTime leaseUntilUtc, int batchSize, CancellationToken cancellationToken)
    {
        var claimed = await inner.ClaimAsync(db, workerId, nowUtc, leaseUntilUtc, batchSize, cancellationToken);
        if (!_done && claimed.Count > 0)
        {
            _done = true;
            outage.Down = true;
        }

        return claimed;
    }
}
