using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Inbox;

/// <summary>
/// One open task (or desk intake check) in an officer's inbox. Instants are local (UTC+7).
/// <see cref="OnBehalfOfName"/> names the colleague whose delegated inbox the task comes from ("thay cho …").
/// </summary>
public sealed record InboxItem(
    Guid WorkItemId,
    WorkItemKind Kind,
    Guid DossierId,
    string DossierCode,
    long DossierVersion,
    int StatusCode,
    string ProcedureId,
    string ProcedureName,
    string ApplicantName,
    string StepId,
    string StepName,
    string UnitId,
    string Role,
    string? AssigneeId,
    string? AssigneeName,
    DateTimeOffset ArrivedAt,
    DateTimeOffset? DueAt,
    DueStatus? DueStatus,
    DateTimeOffset? DossierAppointmentAt,
    string? OnBehalfOfName = null);
