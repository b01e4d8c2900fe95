using Workflow.Engine.Persistence;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>Leases a batch of due timers to one worker, with the database's own row locking.</summary>
public interface ITimerClaimer
{
    Task<IReadOnlyList<ClaimedTimer>> ClaimAsync(WorkflowDbContextFactory db, string workerId, DateTime nowUtc, DateTime leaseUntilUtc, int batchSize, CancellationToken cancellationToken);
}
