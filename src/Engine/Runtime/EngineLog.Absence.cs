using Microsoft.Extensions.Logging;

namespace Workflow.Engine.Runtime;

internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning,
        Message = "Reassigning an absent officer's tasks at unit {UnitId} did not change dossier {DossierId}; the head may run it again")]
    public static partial void AbsenceDossierFailed(this ILogger logger, Exception error, string unitId, Guid dossierId);
}
