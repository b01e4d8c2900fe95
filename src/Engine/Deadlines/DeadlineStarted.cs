namespace Workflow.Engine.Deadlines;

/// <summary>
/// The clock starts (the dossier is received, or the step begins). The convention and unit are
/// recorded with it so the deadline can be recomputed the same way later.
/// </summary>
public sealed record DeadlineStarted(
    DateTimeOffset At,
    Duration Duration,
    DeadlineConvention Convention = DeadlineConvention.CivilCode,
    string? UnitId = null) : DeadlineEvent(At)
{
    public const string KindName = "started";

    public override string Kind => KindName;
}
