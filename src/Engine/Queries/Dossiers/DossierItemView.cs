using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>
/// An open position of the dossier: a task in a unit's inbox, the desk's intake check, or a wait for
/// the citizen (with, when its step sets one, the citizen's own deadline and what its passing does).
/// </summary>
public sealed record DossierItemView(
    Guid Id,
    WorkItemKind Kind,
    string StepId,
    string StepName,
    StepPhase Phase,
    string? UnitId,
    string? Role,
    string? AssigneeId,
    string? AssigneeName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    WaitReason? WaitFor,
    string? Comment,
    DateTimeOffset? CitizenDueAt = null,
    CitizenDeadlineEffect? OnExpiry = null);
