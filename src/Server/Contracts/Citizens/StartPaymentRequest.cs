namespace Workflow.Server.Contracts.Citizens;

/// <summary>The citizen asks to pay online: the dossier by code and secret, and the page to come back to.</summary>
public sealed record StartPaymentRequest(string? Code, string? Secret, decimal? Amount, string? ReturnUrl);
