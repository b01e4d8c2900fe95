namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>
/// What the engine fills in for one printed form. Plain data only: the renderer copies it
/// into script objects, so templates see these values and nothing else of the engine.
/// </summary>
public abstract record FormData
{
    /// <summary>Which form this data is for (one of <see cref="FormPurpose"/>).</summary>
    public abstract string Purpose { get; }

    /// <summary>The agency whose header the form carries.</summary>
    public required FormAgency Agency { get; init; }
}
