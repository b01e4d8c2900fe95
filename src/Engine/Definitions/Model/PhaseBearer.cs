namespace Workflow.Engine.Definitions.Model;

/// <summary>Who bears the time of a <see cref="ProcessPhase"/>: the agencies, or the citizen between the agencies' phases.</summary>
public enum PhaseBearer
{
    /// <summary>The agencies' own time; it counts towards the statutory time.</summary>
    Agency,

    /// <summary>The citizen's time (e.g. paying financial obligations); it is not counted in the statutory time.</summary>
    Citizen,
}
