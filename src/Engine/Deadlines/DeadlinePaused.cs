namespace Workflow.Engine.Deadlines;

/// <summary>The clock stops, e.g. while the citizen pays land taxes; the remaining working time is frozen.</summary>
public sealed record DeadlinePaused(DateTimeOffset At, string Reason) : DeadlineEvent(At)
{
    public const string KindName = "paused";

    public override string Kind => KindName;
}
