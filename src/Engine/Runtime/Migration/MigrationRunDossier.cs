namespace Workflow.Engine.Runtime.Migration;

/// <summary>One dossier of a prepared migration: where it stood when prepared and what the run did with it.</summary>
public sealed record MigrationRunDossier(
    Guid DossierId,
    string Code,
    int FromVersion,
    string ReceivingUnitId,
    IReadOnlyList<string> Steps,
    MigrationDossierOutcome Outcome,
    string? Reason,
    DateTimeOffset? DoneAt);
