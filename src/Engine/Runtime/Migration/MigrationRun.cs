using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Runtime.Migration;

/// <summary>
/// A migration an analyst prepared and leaders run: the mapping and reason every dossier is moved
/// with, who prepared and started it, and each dossier's outcome so far.
/// </summary>
public sealed record MigrationRun(
    Guid Id,
    string ProcedureId,
    int TargetVersion,
    IReadOnlyList<StepMapping> Mapping,
    string Reason,
    MigrationRunStatus Status,
    string PreparedByName,
    DateTimeOffset PreparedAt,
    string? StartedByName,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<MigrationRunDossier> Dossiers)
{
    public int Total => Dossiers.Count;

    public int Moved => Dossiers.Count(d => d.Outcome == MigrationDossierOutcome.Moved);

    public int Refused => Dossiers.Count(d => d.Outcome == MigrationDossierOutcome.Refused);

    public int Pending => Dossiers.Count(d => d.Outcome == MigrationDossierOutcome.Pending);
}
