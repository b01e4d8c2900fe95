namespace Workflow.Engine.Definitions.Model;

public enum WaitReason
{
    /// <summary>Supplementary documents from the citizen (status 5).</summary>
    Supplement,

    /// <summary>Payment of fees and charges (status 6).</summary>
    Payment,

    /// <summary>Financial obligations such as land-use taxes (status 6).</summary>
    Obligation,
}
