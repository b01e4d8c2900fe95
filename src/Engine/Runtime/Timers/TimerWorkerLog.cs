using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>What the timer worker logs: failures, retries, leases lost. Timers are named by id, kind and dossier id only.</summary>
internal static partial class TimerWorkerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error,
        Message = "Timer {TimerId} ({Kind}) of dossier {DossierId} failed to fire (attempt {Attempt}); it is tried again at {RetryAt:o}")]
    public static partial void FiringFailed(this ILogger logger, Exception error, Guid timerId, TimerKind kind, Guid dossierId, int attempt, DateTime retryAt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Timer {TimerId} ({Kind}) of dossier {DossierId} met a command on the same dossier; it is tried again when its lease runs out")]
    public static partial void FiringConflicted(this ILogger logger, Guid timerId, TimerKind kind, Guid dossierId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Timer worker {WorkerId}: a pass failed; trying again in {RetryDelay}")]
    public static partial void PassFailed(this ILogger logger, Exception error, string workerId, TimeSpan retryDelay);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning,
        Message = "Timer worker {WorkerId} fired timer {TimerId} ({Kind}) after its lease ran out at {LeaseUntil:o}: the lease was lost and another worker may have claimed it (it fires once all the same)")]
    public static partial void LeaseLost(this ILogger logger, string workerId, Guid timerId, TimerKind kind, DateTime leaseUntil);
}
