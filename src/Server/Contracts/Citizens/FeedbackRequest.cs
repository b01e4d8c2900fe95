using Workflow.Engine.Runtime.States;

namespace Workflow.Server.Contracts.Citizens;

public sealed record FeedbackRequest(FeedbackKind? Kind, string? Subject, string? Content, string? SubmitterName, string? SubmitterEmail = null, string? SubmitterPhone = null, string? ProcedureId = null, string? DossierCode = null);
