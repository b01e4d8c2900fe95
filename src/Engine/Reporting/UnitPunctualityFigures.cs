namespace Workflow.Engine.Reporting;

/// <summary>
/// How one unit kept its own time in the period: the handoffs it gave (journal), the steps it
/// completed (work items), the late dossiers whose delay it caused, and the apologies it made.
/// </summary>
public sealed class UnitPunctualityFigures
{
    public int HandoffsEarly { get; set; }

    public int HandoffsOnTime { get; set; }

    public int HandoffsLate { get; set; }

    /// <summary>Handoffs from a step with no due instant.</summary>
    public int HandoffsUnclassified { get; set; }

    public int Handoffs => HandoffsEarly + HandoffsOnTime + HandoffsLate + HandoffsUnclassified;

    public int StepsEarly { get; set; }

    public int StepsOnTime { get; set; }

    public int StepsLate { get; set; }

    public int StepsUnclassified { get; set; }

    public int Steps => StepsEarly + StepsOnTime + StepsLate + StepsUnclassified;

    /// <summary>Dossiers finished late in the period in which this unit completed at least one step late.</summary>
    public int LateDossiersAttributed { get; set; }

    public int ApologiesIssued { get; set; }

    /// <summary>(early + on time) / classified handoffs given.</summary>
    public decimal? HandoffOnTimeRate => Ratio(HandoffsEarly + HandoffsOnTime, HandoffsEarly + HandoffsOnTime + HandoffsLate);

    public decimal? StepOnTimeRate => Ratio(StepsEarly + StepsOnTime, StepsEarly + StepsOnTime + StepsLate);

    public void Add(UnitPunctualityFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        HandoffsEarly += other.HandoffsEarly;
        HandoffsOnTime += other.HandoffsOnTime;
        HandoffsLate += other.HandoffsLate;
        HandoffsUnclassified += other.HandoffsUnclassified;
        StepsEarly += other.StepsEarly;
        StepsOnTime += other.StepsOnTime;
        StepsLate += other.StepsLate;
        StepsUnclassified += other.StepsUnclassified;
        LateDossiersAttributed += other.LateDossiersAttributed;
        ApologiesIssued += other.ApologiesIssued;
    }

    private static decimal? Ratio(int numerator, int denominator) => denominator == 0 ? null : (decimal)numerator / denominator;
}
