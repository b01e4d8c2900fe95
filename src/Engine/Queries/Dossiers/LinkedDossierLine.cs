using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>
/// One dossier of a liên thông group as seen from another: the parent that filed it or a child it
/// filed, with its own code, unit, status and clock, the file step that linked them and when.
/// </summary>
public sealed record LinkedDossierLine(
    Guid DossierId,
    string Code,
    string ProcedureId,
    string ProcedureName,
    string ReceivingUnitId,
    int StatusCode,
    string StatusName,
    string StepId,
    ChildAwait Await,
    DateTimeOffset FiledAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AppointmentAt);
