namespace Workflow.Engine.Persistence.Entities;

/// <summary>A person who acts on dossiers. The sign-in account (if any) shares the id.</summary>
public sealed class OfficerRecord
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool Active { get; set; } = true;
}
