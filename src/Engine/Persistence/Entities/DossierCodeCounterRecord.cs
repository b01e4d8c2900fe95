namespace Workflow.Engine.Persistence.Entities;

/// <summary>The last serial number given to a receiving agency's dossiers on one local day.</summary>
public sealed class DossierCodeCounterRecord
{
    public string AgencyCode { get; set; } = "";

    /// <summary>The local receipt date, <c>yyyy-MM-dd</c>.</summary>
    public string Day { get; set; } = "";

    public int LastValue { get; set; }

    public long Version { get; set; }
}
