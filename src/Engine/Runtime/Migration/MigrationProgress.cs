namespace Workflow.Engine.Runtime.Migration;

/// <summary>How far a migration run is: dossiers handled (moved or refused) of those it took up.</summary>
public sealed record MigrationProgress(int Done, int Total);
