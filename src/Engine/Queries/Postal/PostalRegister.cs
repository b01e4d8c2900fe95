namespace Workflow.Engine.Queries.Postal;

/// <summary>A desk's postal handover register for one local day (Decision 45/2016): what came in, what went out.</summary>
public sealed record PostalRegister(string UnitId, DateOnly Day, IReadOnlyList<PostalRegisterLine> Received, IReadOnlyList<PostalRegisterLine> Sent);
