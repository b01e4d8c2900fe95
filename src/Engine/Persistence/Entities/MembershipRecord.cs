namespace Workflow.Engine.Persistence.Entities;

/// <summary>An officer holds a role at a unit for a period (inclusive start, exclusive end).</summary>
public sealed class MembershipRecord
{
    public Guid Id { get; set; }

    public string OfficerId { get; set; } = "";

    public string UnitId { get; set; } = "";

    public string Role { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
