namespace Workflow.Engine.Queries.Scope;

/// <summary>A role an officer holds at a unit.</summary>
public sealed record UnitRole(string UnitId, string Role);
