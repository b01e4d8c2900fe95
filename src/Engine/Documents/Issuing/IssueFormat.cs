namespace Workflow.Engine.Documents.Issuing;

public enum IssueFormat
{
    /// <summary>Printable HTML at the circular's paper size.</summary>
    Html,

    /// <summary>PDF printed by headless Chromium from the same HTML.</summary>
    Pdf,
}
