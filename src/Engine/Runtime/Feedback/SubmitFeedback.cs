using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Feedback;

/// <summary>A citizen's feedback or recommendation, about a procedure, a dossier (by code), or in general.</summary>
public sealed record SubmitFeedback(
    FeedbackKind Kind,
    string Subject,
    string Content,
    string SubmitterName,
    string? SubmitterEmail = null,
    string? SubmitterPhone = null,
    string? ProcedureId = null,
    string? DossierCode = null,
    string? UnitId = null);
