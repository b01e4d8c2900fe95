namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// What happens when the citizen's own deadline on a wait passes without the supplement, the
/// payment or the obligation (a wait step's <c>onExpiry</c>), as the procedure's legal basis says.
/// </summary>
public enum CitizenDeadlineEffect
{
    /// <summary>Processing stops (status 8) and the citizen gets the notice of stopping, with the legal basis.</summary>
    Stop,

    /// <summary>The dossier is returned to the citizen unresolved (status 8), with the written refusal giving the reason.</summary>
    Return,
}
