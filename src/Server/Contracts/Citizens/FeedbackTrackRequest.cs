namespace Workflow.Server.Contracts.Citizens;

public sealed record FeedbackTrackRequest(string? Code, string? Secret);
