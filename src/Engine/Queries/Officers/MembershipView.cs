namespace Workflow.Engine.Queries.Officers;

/// <summary>A role held at a unit from <see cref="ValidFrom"/> (included) until <see cref="ValidTo"/> (excluded; none = still held).</summary>
public sealed record MembershipView(Guid Id, string OfficerId, string UnitId, string Role, DateOnly ValidFrom, DateOnly? ValidTo, bool CurrentlyHeld);
