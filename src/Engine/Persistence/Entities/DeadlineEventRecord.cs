namespace Workflow.Engine.Persistence.Entities;

/// <summary>One event of a deadline ledger (the dossier's when <see cref="WorkItemId"/> is null, else a step's).</summary>
public sealed class DeadlineEventRecord
{
    public long Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid? WorkItemId { get; set; }

    public int Sequence { get; set; }

    public string Kind { get; set; } = "";

    public DateTime At { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public string? Cutoff { get; set; }

    public string? Convention { get; set; }

    /// <summary>The unit whose working hours count (agency-specific hours).</summary>
    public string? UnitId { get; set; }

    public DateTime? NewDue { get; set; }

    public string? Reason { get; set; }
}
