namespace Workflow.Engine.Runtime.Migration;

/// <summary>A dossier a migration run did not move, with the reason.</summary>
public sealed record MigrationRefusal(Guid DossierId, string Code, string Reason);
