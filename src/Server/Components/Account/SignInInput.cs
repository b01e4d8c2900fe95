namespace Workflow.Server.Components.Account;

/// <summary>What the sign-in form posts.</summary>
public sealed class SignInInput
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
