namespace Workflow.Server.Seeding;

/// <summary>A demo officer: sign-in name, Vietnamese display name, what they do, system roles and memberships (unit, engine role).</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Duty, IReadOnlyList<string> Roles, IReadOnlyList<(string UnitId, string Role)> Memberships);
