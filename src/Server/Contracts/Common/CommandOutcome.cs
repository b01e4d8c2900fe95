namespace Workflow.Server.Contracts.Common;

/// <summary>What a command left: the dossier's new status and version (send it back as expectedVersion), and its due instant.</summary>
public sealed record CommandOutcome(Guid DossierId, string Code, int StatusCode, string StatusName, long Version, DateTimeOffset? DueAt);
