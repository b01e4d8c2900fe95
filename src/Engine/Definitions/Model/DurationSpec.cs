using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Definitions.Model;

/// <summary>A duration as written in a definition file: <c>{ "value": 2, "unit": "working-days" }</c>.</summary>
public sealed record DurationSpec
{
    public decimal Value { get; init; }

    public DurationUnit Unit { get; init; }

    public TimeOnly? Cutoff { get; init; }

    public Duration ToDuration() => new(Value, Unit, Unit == DurationUnit.SameDay ? Cutoff ?? Duration.DefaultSameDayCutoff : Cutoff);
}
