using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Definitions.Model;

/// <summary>What a request for supplementary documents does (Decree 61 art. 19.4).</summary>
public sealed record SupplementRule
{
    /// <summary>Restart (the law's default: the time counts again from zero) or pause the clock.</summary>
    public ClockEffect Clock { get; init; } = ClockEffect.Restart;

    /// <summary>How soon after receipt the citizen must be told what is missing (3 working days by default).</summary>
    public DurationSpec NoticeWithin { get; init; } = new() { Value = 3, Unit = DurationUnit.WorkingDays };
}
