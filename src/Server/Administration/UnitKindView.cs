namespace Workflow.Server.Administration;

public sealed record UnitKindView(string Id, string Name, string Level, IReadOnlyList<RoleView> Roles);
