namespace Workflow.Engine.Results;

/// <summary>Where an electronic result's bytes came from.</summary>
public enum ResultOrigin
{
    /// <summary>Laid out by the system from the procedure's result template and the dossier.</summary>
    Generated,

    /// <summary>A file the officer attached (a scan of the signed paper, or a PDF made elsewhere).</summary>
    Attached,
}
