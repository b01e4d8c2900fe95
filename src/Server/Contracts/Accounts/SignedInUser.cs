namespace Workflow.Server.Contracts.Accounts;

/// <summary>Who is signed in: id (the officer id), sign-in name, display name and system roles.</summary>
public sealed record SignedInUser(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles);
