namespace Workflow.Engine.Definitions.Model;

/// <summary>Online public service mode (Decree 42/2022).</summary>
public enum OnlineMode
{
    None,

    /// <summary>Một phần: submitted online, originals or payment at the desk.</summary>
    Partial,

    /// <summary>Toàn trình: submitted, processed and returned online or by post.</summary>
    Full,
}
