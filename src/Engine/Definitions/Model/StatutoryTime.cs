using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Definitions.Model;

/// <summary>The legal processing time, with alternatives that apply when a condition on the dossier holds.</summary>
public sealed record StatutoryTime
{
    public decimal Value { get; init; }

    public DurationUnit Unit { get; init; }

    /// <summary>For same-day procedures: received after this local time, the dossier is due the next working day.</summary>
    public TimeOnly? Cutoff { get; init; }

    /// <summary>Overrides the system's day-counting convention for this procedure.</summary>
    public DeadlineConvention? Convention { get; init; }

    public string? Note { get; init; }

    /// <summary>Longer or shorter times for particular dossiers (e.g. 20 days in disadvantaged areas); first match wins.</summary>
    public IReadOnlyList<StatutoryTimeAlternative> Alternatives { get; init; } = [];

    public Duration ToDuration() => new(Value, Unit, Unit == DurationUnit.SameDay ? Cutoff ?? Duration.DefaultSameDayCutoff : Cutoff);
}
