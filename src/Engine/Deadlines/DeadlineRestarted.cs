namespace Workflow.Engine.Deadlines;

/// <summary>
/// The full duration counts again from this instant: the complete dossier was received after a
/// supplement request (Decree 61/2018 art. 19.4). Ends a pause; earlier extensions and a new
/// appointment no longer apply.
/// </summary>
public sealed record DeadlineRestarted(DateTimeOffset At) : DeadlineEvent(At)
{
    public const string KindName = "restarted";

    public override string Kind => KindName;
}
