namespace Workflow.Engine.Deadlines;

/// <summary>
/// The apology letter's new appointment replaces the due instant. Decree 61/2018 art. 19.9
/// allows it only once per dossier, so a ledger refuses a second one.
/// </summary>
public sealed record DeadlineRescheduled(DateTimeOffset At, DateTimeOffset NewDue, string Reason) : DeadlineEvent(At)
{
    public const string KindName = "rescheduled";

    public override string Kind => KindName;
}
