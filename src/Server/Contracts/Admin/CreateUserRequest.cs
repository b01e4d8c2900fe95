namespace Workflow.Server.Contracts.Admin;

public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Password, List<string>? Roles = null, string? Email = null, string? Phone = null);
