using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Runtime.Migration;

/// <summary>
/// The dry run of moving a procedure's running dossiers to a newer version: the mapping (what was
/// given, completed with the unchanged steps), the target's steps a mapping may choose, what still
/// needs a place, and each dossier's outcome.
/// </summary>
public sealed record MigrationPlan(
    string ProcedureId,
    int TargetVersion,
    IReadOnlyList<StepMapping> Mapping,
    IReadOnlyList<MigrationStepChoice> TargetSteps,
    IReadOnlyList<MigrationProblem> Problems,
    IReadOnlyList<MigrationPlanLine> Dossiers)
{
    public bool CanRun => Problems.Count == 0;

    public int Ready => Dossiers.Count(d => d.Status == MigrationLineStatus.Ready);
}
