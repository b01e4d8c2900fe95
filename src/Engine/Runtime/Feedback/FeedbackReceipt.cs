namespace Workflow.Engine.Runtime.Feedback;

/// <summary>What the citizen gets back: the code and secret to follow the feedback, and when it must be answered.</summary>
public sealed record FeedbackReceipt(Guid Id, string Code, string TrackingSecret, DateTimeOffset DueAt, string? AssignedUnitId);
