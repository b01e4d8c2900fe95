namespace Workflow.Engine.Journal.Details;

/// <summary>
/// One due instant moved by a recomputation: the dossier's (<see cref="Dossier"/> is true) or an
/// open step's (<see cref="Step"/> names it). The other of the two is null and so not written.
/// </summary>
public sealed record DueInstantChange(bool? Dossier, string? Step, DateTime? Before, DateTime? After)
{
    public static DueInstantChange OfDossier(DateTime? before, DateTime? after) => new(true, null, before, after);

    public static DueInstantChange OfStep(string step, DateTime? before, DateTime? after) => new(null, step, before, after);
}
