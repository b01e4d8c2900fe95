namespace Workflow.Server.Components.Pages.Admin;

/// <summary>What the administrator chooses to grant a role at a unit for a period.</summary>
public sealed class MembershipForm
{
    public string? OfficerId { get; set; }

    public string? UnitId { get; set; }

    public string? Role { get; set; }

    public string? ValidFrom { get; set; }
}
