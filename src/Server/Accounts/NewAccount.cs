namespace Workflow.Server.Accounts;

/// <summary>A person to give an account to: sign-in name, the name journals print, contact, first password and system roles.</summary>
public sealed record NewAccount(string UserName, string DisplayName, string? Email, string? Phone, string Password, IReadOnlyList<string> Roles);
