using Workflow.Engine.Deadlines;

namespace Workflow.Server.Contracts.Heads;

/// <summary>Extend the statutory time by an amount (e.g. 2 <c>working-days</c>) with the reason.</summary>
public sealed record ExtendRequest(decimal Value, DurationUnit Unit, string? Reason, long? ExpectedVersion = null);
