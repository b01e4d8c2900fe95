namespace Workflow.Engine.Reporting;

/// <summary>What one row of a report stands for.</summary>
public enum ReportGrouping
{
    /// <summary>The receiving unit, with sub-units rolled up into their parents as the organisation stood then.</summary>
    Unit,

    /// <summary>The administrative procedure (all its versions together).</summary>
    Procedure,

    /// <summary>The procedure's field (lĩnh vực), e.g. "Hộ tịch".</summary>
    Field,

    /// <summary>How the dossier arrived: at the desk, online or by post.</summary>
    Channel,
}
