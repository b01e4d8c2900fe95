namespace Workflow.Server.Components.Account;

/// <summary>What the password setup form posts: the password, twice.</summary>
public sealed class PasswordSetupInput
{
    public string Password { get; set; } = "";

    public string Confirmation { get; set; } = "";
}
