namespace Workflow.Engine.Runtime.Migration;

/// <summary>What a migration run did with one dossier.</summary>
public enum MigrationDossierOutcome
{
    /// <summary>Not taken up yet: a resumed run starts with these.</summary>
    Pending,

    /// <summary>Moved to the target version (written in the same transaction as the move).</summary>
    Moved,

    /// <summary>Not moved, with the reason (changed meanwhile, inside parallel branches...).</summary>
    Refused,
}
