namespace Workflow.Server.Contracts.Desk;

/// <summary>The desk hands the result over; <c>outcomeId</c> is needed only when the return step offers several.</summary>
public sealed record ReturnResultRequest(string? OutcomeId = null, string? Comment = null, long? ExpectedVersion = null);
