namespace Workflow.Server.Contracts.Admin;

/// <summary>A new account's first password, with the setup link's user and token.</summary>
public sealed record SetupPasswordRequest(string? UserId, string? Token, string? Password);
