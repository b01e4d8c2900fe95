using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Planning;

/// <summary>
/// Whether the internal process fits the statutory time, as the simulator plans it: the receipt
/// that overruns most (or, when none does, the one with the least time to spare), with its
/// statutory due instant, the latest planned finish and the route that finishes last.
/// </summary>
/// <param name="Overrun">Working time from the due instant to the planned finish; negative when time is left.</param>
/// <param name="FitsAtOpening">Whether a dossier received at the opening of a working day fits.</param>
/// <param name="ReceiptsPlanned">How many receipt instants were planned to find it.</param>
public sealed record StatutoryTimeFit(
    Duration StatutoryTime,
    ReceiptDay Day,
    DateTimeOffset Received,
    DateTimeOffset StatutoryDue,
    DateTimeOffset PlannedFinish,
    TimeSpan Overrun,
    IReadOnlyList<string> Route,
    bool FitsAtOpening,
    int ReceiptsPlanned)
{
    /// <summary>As <see cref="ProcessPlan.FitsStatutoryTime"/>: the last step is due no later than the dossier.</summary>
    public bool Fits => PlannedFinish <= StatutoryDue;
}
