namespace Workflow.Engine.Runtime.Migration;

/// <summary>
/// What a migration run did: dossiers moved, and each one refused with the sentence why (a
/// dossier of a unit the leader does not lead, a dossier changed meanwhile...). Running again
/// takes up only the dossiers still on older versions, so a crashed run is resumed by running it again.
/// </summary>
public sealed record MigrationRunResult(int Moved, IReadOnlyList<MigrationRefusal> Refused, int Skipped);
