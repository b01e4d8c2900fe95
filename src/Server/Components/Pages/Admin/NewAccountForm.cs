namespace Workflow.Server.Components.Pages.Admin;

/// <summary>What the administrator types to create an account.</summary>
public sealed class NewAccountForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Password { get; set; }

    public HashSet<string> Roles { get; } = [];
}
