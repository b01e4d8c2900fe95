using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>What the timer worker logs: failures, retries, leases given back or lost. Timers are named by id, kind and dossier id only.</summary>
internal static partial class TimerWorkerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error,
        Message = "Timer {TimerId} ({Kind}) of dossier {DossierId} failed to fire (attempt {Attempt}); it is tried again at {RetryAt:o}")]
    public static partial void FiringFailed(this ILogger logger, Exception error, Guid timerId, TimerKind kind, Guid dossierId, int attempt, DateTime retryAt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Timer {TimerId} ({Kind}) of dossier {DossierId} met a command on the same dossier; its lease is given back and it fires at the next pass")]
    public static partial void FiringConflicted(this ILogger logger, Guid timerId, TimerKind kind, Guid dossierId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Timer worker {WorkerId}: a pass failed; {Unfired} leased timer(s) were not fired and their leases are given back; trying again in {RetryDelay}")]
    public static partial void PassFailed(this ILogger logger, Exception error, string workerId, int unfired, TimeSpan retryDelay);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Timer worker {WorkerId} gave back the leases of {Count} timer(s) it did not fire ({Reason})")]
    public static partial void LeasesReturned(this ILogger logger, string workerId, int count, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Timer worker {WorkerId} could not give back the leases of {Count} timer(s) yet; it tries again before its next claim (they expire by {LeaseUntil:o} at the latest)")]
    public static partial void LeasesNotReturned(this ILogger logger, Exception error, string workerId, int count, DateTime leaseUntil);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning,
        Message = "Timer worker {WorkerId} fired timer {TimerId} ({Kind}) after its lease ran out at {LeaseUntil:o}: the lease was lost and another worker may have claimed it (it fires once all the same)")]
    public static partial void LeaseLost(this ILogger logger, string workerId, Guid timerId, TimerKind kind, DateTime leaseUntil);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error,
        Message = "Timer {TimerId} ({Kind}) of dossier {DossierId} failed to fire and the failure could not be recorded; its lease is given back")]
    public static partial void FailureNotRecorded(this ILogger logger, Exception error, Guid timerId, TimerKind kind, Guid dossierId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug,
        Message = "Timer worker {WorkerId} woken for a timer due at {DueAt:o}, before its next pass at {NextPassAt:o}")]
    public static partial void Woken(this ILogger logger, string workerId, DateTime dueAt, DateTimeOffset nextPassAt);
}
