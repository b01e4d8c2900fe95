namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>One phase (giai đoạn) of the internal process on the control sheet: its budget and the time the dossier actually spent in it.</summary>
public sealed record FormPhaseRow
{
    public required string Name { get; init; }

    /// <summary>The citizen's time (e.g. paying financial obligations), not counted in the statutory time.</summary>
    public bool BorneByCitizen { get; init; }

    /// <summary>The budget as it reads, e.g. "5 ngày làm việc".</summary>
    public required string Budget { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Empty while the phase runs (or before it starts).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The time spent so far as it reads, e.g. "26 giờ làm việc"; empty before the phase starts.</summary>
    public string? Spent { get; init; }

    public bool OverBudget { get; init; }
}
