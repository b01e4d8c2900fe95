namespace Workflow.Engine.Deadlines;

/// <summary>The period is extended (e.g. 2 working days for bulk certified copies), counted from the current due instant.</summary>
public sealed record DeadlineExtended(DateTimeOffset At, Duration Duration, string Reason) : DeadlineEvent(At)
{
    public const string KindName = "extended";

    public override string Kind => KindName;
}
