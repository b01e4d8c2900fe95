namespace Workflow.Engine.Deadlines;

/// <summary>The clock runs again; the due instant moves by the working time spent paused.</summary>
public sealed record DeadlineResumed(DateTimeOffset At) : DeadlineEvent(At)
{
    public const string KindName = "resumed";

    public override string Kind => KindName;
}
