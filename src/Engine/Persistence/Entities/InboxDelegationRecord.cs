namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// An officer's inbox entrusted to a colleague of the same unit from the first to the last day
/// (both included): in that period the colleague sees and acts on the tasks the officer holds there.
/// </summary>
public sealed class InboxDelegationRecord
{
    public Guid Id { get; set; }

    public string UnitId { get; set; } = "";

    public string DelegatorId { get; set; } = "";

    public string DelegatorName { get; set; } = "";

    public string DelegateId { get; set; } = "";

    public string DelegateName { get; set; } = "";

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTime? RevokedAt { get; set; }

    public string? RevokedByName { get; set; }
}
