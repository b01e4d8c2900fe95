using Microsoft.Extensions.Logging;

namespace Workflow.Engine.Runtime;

/// <summary>What the engine's commands log. Dossiers are named by id and code only: never an applicant's or officer's name, ID number or phone.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Slow command {Command} on dossier {DossierId} ({DossierCode}): {ElapsedMs:F0} ms, over the {ThresholdMs:F0} ms threshold, in {Attempts} attempt(s)")]
    public static partial void SlowCommand(this ILogger logger, string command, Guid dossierId, string dossierCode, double elapsedMs, double thresholdMs, int attempts);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug,
        Message = "Command {Command} on dossier {DossierId} lost a race to another command (attempt {Attempt}); running it again on the winner's state")]
    public static partial void CommandRetried(this ILogger logger, string command, Guid dossierId, int attempt);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug,
        Message = "Receiving a dossier met another desk taking the same serial (attempt {Attempt}); taking the next one")]
    public static partial void SerialRetried(this ILogger logger, int attempt);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning,
        Message = "A listener for new timers failed after a command on dossier {DossierId} committed; the timers fire at the worker's next poll")]
    public static partial void TimerListenerFailed(this ILogger logger, Exception error, Guid dossierId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "Migration run {RunId} did not move dossier {DossierId} ({DossierCode}): {Code}")]
    public static partial void MigrationDossierRefused(this ILogger logger, Guid runId, Guid dossierId, string dossierCode, string code);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information,
        Message = "Migration run {RunId} of {ProcedureId} to v{TargetVersion}: {Moved} moved, {Refused} refused, {Pending} still pending")]
    public static partial void MigrationRunPassed(this ILogger logger, Guid runId, string procedureId, int targetVersion, int moved, int refused, int pending);
}
