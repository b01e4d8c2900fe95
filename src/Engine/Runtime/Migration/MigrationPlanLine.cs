namespace Workflow.Engine.Runtime.Migration;

/// <summary>One running dossier in a dry run: where it stands, whose it is, whether it is late, and what the run would do.</summary>
public sealed record MigrationPlanLine(
    Guid DossierId,
    string Code,
    int FromVersion,
    string ReceivingUnitId,
    IReadOnlyList<string> OpenSteps,
    bool Overdue,
    MigrationLineStatus Status,
    IReadOnlyList<MigrationProblem> Problems);
