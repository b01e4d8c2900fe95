namespace Workflow.Server.Administration;

public sealed record RoleView(string Id, string Name);
