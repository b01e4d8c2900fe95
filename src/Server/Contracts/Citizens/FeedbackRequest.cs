using Workflow.Engine.Runtime.States;

namespace Workflow.Server.Contracts.Citizens;

/// <summary>Feedback from anyone; feedback about a dossier names it by its code and the secret printed on its receipt.</summary>
public sealed record FeedbackRequest(FeedbackKind? Kind, string? Subject, string? Content, string? SubmitterName, string? SubmitterEmail = null, string? SubmitterPhone = null,
    string? ProcedureId = null, string? DossierCode = null, string? DossierSecret = null);
