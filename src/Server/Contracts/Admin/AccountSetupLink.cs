namespace Workflow.Server.Contracts.Admin;

/// <summary>A new account's one-time link to choose its password (a path under the server's address); it is shown once, give it to the officer.</summary>
public sealed record AccountSetupLink(string UserId, string UserName, string DisplayName, string Path);
