namespace Workflow.Engine.Definitions.Model;

public enum EndResult
{
    /// <summary>The result was issued and returned to the citizen (status 10).</summary>
    Issued,

    /// <summary>The agency refused to resolve the dossier, with a reason.</summary>
    Refused,

    /// <summary>Processing was stopped (status 8).</summary>
    Stopped,

    /// <summary>Withdrawn at the citizen's request (status 7).</summary>
    Withdrawn,
}
