namespace Workflow.Server.Contracts.Accounts;

public sealed record RefreshRequest(string? RefreshToken);
