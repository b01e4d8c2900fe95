namespace Workflow.Engine.Reporting;

/// <summary>
/// The counts of one report row (or of the whole report). Every count comes from the database;
/// the rates and averages are derived here and are null when their denominator is zero, never 0%.
/// See docs/reporting.md and <see cref="ReportFormulas"/> for each definition.
/// </summary>
public sealed class DossierFigures
{
    /// <summary>Accepted before the period and neither finished, withdrawn nor stopped at its start (kỳ trước chuyển qua).</summary>
    public int CarriedOver { get; set; }

    /// <summary>Accepted in the period, by channel.</summary>
    public int NewOnline { get; set; }

    public int NewAtDesk { get; set; }

    public int NewByPost { get; set; }

    public int NewReceived => NewOnline + NewAtDesk + NewByPost;

    /// <summary>Everything the unit had to resolve in the period: carried over plus new.</summary>
    public int Received => CarriedOver + NewReceived;

    public int FinishedEarly { get; set; }

    public int FinishedOnTime { get; set; }

    public int FinishedLate { get; set; }

    /// <summary>Finished without a due instant to compare with (the clock was not running); shown so the sums still balance.</summary>
    public int FinishedUnclassified { get; set; }

    /// <summary>Result ready in the period (issued or a written refusal to resolve), whatever the punctuality.</summary>
    public int Finished => FinishedEarly + FinishedOnTime + FinishedLate + FinishedUnclassified;

    /// <summary>Of the finished: those whose late unit had apologised and set a new appointment (punctuality is then against it).</summary>
    public int FinishedAfterApology { get; set; }

    /// <summary>Of the finished: the competent unit refused to resolve the dossier in writing.</summary>
    public int RejectedInProcessing { get; set; }

    /// <summary>Accepted dossiers withdrawn or stopped in the period: they leave the count without a result.</summary>
    public int WithdrawnAfterAcceptance { get; set; }

    public int Stopped { get; set; }

    public int ClosedWithoutResult => WithdrawnAfterAcceptance + Stopped;

    /// <summary>Still open at the end of the period, due instant not passed (or clock paused for the citizen).</summary>
    public int InProgressWithinTime { get; set; }

    /// <summary>Still open at the end of the period with the due instant passed.</summary>
    public int InProgressOverdue { get; set; }

    public int InProgress => InProgressWithinTime + InProgressOverdue;

    /// <summary>Results handed to the citizen in the period (at the desk, online, or to the postal service).</summary>
    public int Returned { get; set; }

    /// <summary>Requests to supplement during processing (Decree 61 art. 19.4), made in the period.</summary>
    public int SupplementRequests { get; set; }

    /// <summary>Dossiers not accepted at intake: the citizen was given one list of what to complete.</summary>
    public int AskedToComplete { get; set; }

    public int ApologiesIssued { get; set; }

    /// <summary>All withdrawals in the period, before or after acceptance.</summary>
    public int Withdrawn { get; set; }

    public int RefusedAtIntake { get; set; }

    public int VerySatisfied { get; set; }

    public int Satisfied { get; set; }

    public int NotSatisfied { get; set; }

    public int Ratings => VerySatisfied + Satisfied + NotSatisfied;

    /// <summary>Sum of the processing times (working days) of the finished dossiers that have one.</summary>
    public decimal ProcessingWorkingDaysTotal { get; set; }

    public int ProcessingTimeCount { get; set; }

    /// <summary>(early + on time) / finished.</summary>
    public decimal? OnTimeRate => Ratio(FinishedEarly + FinishedOnTime, Finished);

    /// <summary>New online / new received.</summary>
    public decimal? OnlineShare => Ratio(NewOnline, NewReceived);

    /// <summary>New by post / new received.</summary>
    public decimal? PostalShare => Ratio(NewByPost, NewReceived);

    /// <summary>(very satisfied + satisfied) / ratings.</summary>
    public decimal? SatisfiedShare => Ratio(VerySatisfied + Satisfied, Ratings);

    public decimal? AverageProcessingWorkingDays => ProcessingTimeCount == 0 ? null : ProcessingWorkingDaysTotal / ProcessingTimeCount;

    /// <summary>Received = finished + withdrawn or stopped + in progress: true when every dossier is accounted for.</summary>
    public bool Balances => Received == Finished + ClosedWithoutResult + InProgress;

    public void Add(DossierFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CarriedOver += other.CarriedOver;
        NewOnline += other.NewOnline;
        NewAtDesk += other.NewAtDesk;
        NewByPost += other.NewByPost;
        FinishedEarly += other.FinishedEarly;
        FinishedOnTime += other.FinishedOnTime;
        FinishedLate += other.FinishedLate;
        FinishedUnclassified += other.FinishedUnclassified;
        FinishedAfterApology += other.FinishedAfterApology;
        RejectedInProcessing += other.RejectedInProcessing;
        WithdrawnAfterAcceptance += other.WithdrawnAfterAcceptance;
        Stopped += other.Stopped;
        InProgressWithinTime += other.InProgressWithinTime;
        InProgressOverdue += other.InProgressOverdue;
        Returned += other.Returned;
        SupplementRequests += other.SupplementRequests;
        AskedToComplete += other.AskedToComplete;
        ApologiesIssued += other.ApologiesIssued;
        Withdrawn += other.Withdrawn;
        RefusedAtIntake += other.RefusedAtIntake;
        VerySatisfied += other.VerySatisfied;
        Satisfied += other.Satisfied;
        NotSatisfied += other.NotSatisfied;
        ProcessingWorkingDaysTotal += other.ProcessingWorkingDaysTotal;
        ProcessingTimeCount += other.ProcessingTimeCount;
    }

    public static DossierFigures Sum(IEnumerable<DossierFigures> parts)
    {
        var total = new DossierFigures();
        foreach (var part in parts)
        {
            total.Add(part);
        }

        return total;
    }

    private static decimal? Ratio(int numerator, int denominator) => denominator == 0 ? null : (decimal)numerator / denominator;
}
