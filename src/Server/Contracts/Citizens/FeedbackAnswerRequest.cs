namespace Workflow.Server.Contracts.Citizens;

public sealed record FeedbackAnswerRequest(string? Answer, bool Publish = false);
