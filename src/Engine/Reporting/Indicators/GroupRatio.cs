namespace Workflow.Engine.Reporting.Indicators;

/// <summary>A ratio behind a group's points, with its parts so a reader can check it.</summary>
public sealed record GroupRatio(string Id, int Numerator, int Denominator)
{
    public decimal? Value => Denominator == 0 ? null : (decimal)Numerator / Denominator;
}
