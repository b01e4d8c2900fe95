using Workflow.Engine.Deadlines;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Feedback;

/// <summary>Feedback as its sender, the unit answering it, or the public sees it (never the sender's contact details in public).</summary>
public sealed record FeedbackView(Guid Id, string Code, FeedbackKind Kind, string Subject, string Content, string SubmitterName, string? ProcedureId, string? AssignedUnitId,
    FeedbackStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, Punctuality? Punctuality, bool Published);
