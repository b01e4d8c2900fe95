namespace Workflow.Engine.Runtime.Errors;

public enum WorkflowErrorKind
{
    /// <summary>The input is wrong (HTTP 400/422).</summary>
    Invalid,

    /// <summary>The dossier, task or procedure does not exist (404).</summary>
    NotFound,

    /// <summary>The actor may not do this (403).</summary>
    Forbidden,

    /// <summary>The state does not allow it, or someone else got there first (409).</summary>
    Conflict,
}
