namespace Workflow.Server.Contracts.Documents;

/// <summary>Which form to issue for a dossier (<c>receipt</c>, <c>supplement-request</c>, <c>refusal</c>, <c>apology</c>, <c>stop-notice</c>, <c>control-sheet</c>), as HTML or PDF, signed or not.</summary>
public sealed record IssueDocumentRequest(string? Purpose, string? Format = null, bool Sign = false);
