namespace Workflow.Engine.Definitions.Model;

/// <summary>The administrative level competent to resolve the procedure.</summary>
public enum ProcedureLevel
{
    Province,

    /// <summary>District, town or urban district; abolished on 01/07/2025 but kept for older versions.</summary>
    District,

    Commune,
}
