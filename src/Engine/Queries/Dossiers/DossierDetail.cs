using System.Text.Json;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>
/// A dossier as an officer opens it: applicant, data, papers, open items, history and what the viewer
/// may do, including answering, late, a consultation branch of theirs already closed. Instants are local (UTC+7).
/// </summary>
public sealed record DossierDetail(
    Guid Id,
    string Code,
    long Version,
    int StatusCode,
    string State,
    string ProcedureId,
    int ProcedureVersion,
    string ProcedureName,
    Channel Channel,
    string ReceivingUnitId,
    ApplicantView Applicant,
    JsonElement Data,
    IReadOnlyList<ReceivedDocument> Documents,
    IReadOnlyList<DossierFile> Files,
    int Sets,
    string? Note,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? ReturnedAt,
    Punctuality? FinishPunctuality,
    EndResult? Result,
    bool Rescheduled,
    IReadOnlyList<DossierItemView> OpenItems,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<AllowedAction> AllowedActions,
    IReadOnlyList<DossierItemView>? ClosedBranchesToAnswer = null);
