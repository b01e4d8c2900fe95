namespace Workflow.Server.Contracts.Admin;

public sealed record SetRolesRequest(List<string>? Roles);
