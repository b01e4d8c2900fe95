namespace Workflow.Engine.Runtime.Commands;

/// <summary>What a command left behind: the dossier's new status and version, and the journal entries it wrote.</summary>
public sealed record CommandResult(Guid DossierId, string Code, int StatusCode, long Version, int FirstSequence, int LastSequence, DateTimeOffset? DueAt);
