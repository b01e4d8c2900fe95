namespace Workflow.Engine.Queries.Tracking;

/// <summary>
/// A step of the dossier's life the citizen may see: when it happened, what it was, the status
/// it led to, and, only for notices addressed to the citizen (what to complete, a refusal, an
/// apology...), the sentence they were given. Never an officer's internal comment.
/// </summary>
public sealed record PublicMilestone(DateTimeOffset At, string Kind, string Title, int StatusCode, string StatusName, string? Notice);
