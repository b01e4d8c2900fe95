using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// What loading the organisation file gave: every problem found, and the model when there
/// was no error (warnings alone do not stop it). A broken organisation never produces a
/// model, so the engine cannot route dossiers through half-checked data.
/// </summary>
public sealed record OrganisationLoadResult(OrganisationModel? Model, IReadOnlyList<Problem> Problems)
{
    /// <summary>Problems in file order (line, then column), the order an author fixes them in.</summary>
    internal static IReadOnlyList<Problem> InFileOrder(IEnumerable<Problem> problems) =>
        [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    public bool HasErrors => Problems.Any(p => p.IsError);

    public IEnumerable<Problem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<Problem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}
