namespace Workflow.Server.Contracts.Accounts;

public sealed record LoginRequest(string? UserName, string? Password);
