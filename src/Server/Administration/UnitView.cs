namespace Workflow.Server.Administration;

/// <summary>One period of one unit: from <c>validFrom</c> (included) to <c>validTo</c> (excluded; none = still in force).</summary>
public sealed record UnitView(string Id, string Code, string Name, string? NameEn, string Kind, string? ParentId, DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> Serves, IReadOnlyList<string> Successors);
