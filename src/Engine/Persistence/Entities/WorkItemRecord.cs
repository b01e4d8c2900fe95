using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// An open or finished position of a dossier in its process: a task in a unit's inbox, a
/// pre-check at the desk, or a wait for the citizen. Parallel branches are several open items.
/// </summary>
public sealed class WorkItemRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public WorkItemKind Kind { get; set; }

    public string StepId { get; set; } = "";

    public string StepName { get; set; } = "";

    public StepPhase Phase { get; set; }

    /// <summary>The concrete unit whose inbox holds the task (null for waits on the citizen).</summary>
    public string? UnitId { get; set; }

    public string? Role { get; set; }

    /// <summary>The officer who claimed it or to whom it was assigned; null while it waits in the unit's inbox.</summary>
    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public WorkItemStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public DateTime? ClaimedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public string? CompletedById { get; set; }

    public string? CompletedByName { get; set; }

    public string? OutcomeId { get; set; }

    public string? Comment { get; set; }

    /// <summary>References to attached files, as a JSON array of strings.</summary>
    public string? AttachmentsJson { get; set; }

    public Punctuality? Punctuality { get; set; }

    /// <summary>Which parallel branches this item is inside, innermost last: <c>forkStep#instance:branch/...</c>.</summary>
    public string ForkPath { get; set; } = "";

    /// <summary>The item whose completion created this one, and the unit that handed it over.</summary>
    public Guid? PreviousItemId { get; set; }

    public string? FromUnitId { get; set; }

    public WaitReason? WaitFor { get; set; }

    public ClockEffect? WaitClock { get; set; }

    /// <summary>For waits: the step that follows once the citizen has answered.</summary>
    public string? NextStepId { get; set; }

    /// <summary>For a wait with a citizen's deadline: when it passes (the end of its last working day), and what its passing does.</summary>
    public DateTime? CitizenDueAt { get; set; }

    public CitizenDeadlineEffect? OnExpiry { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>
    /// When a consulted agency answered after its branch was closed (a late contribution): the
    /// item stays closed; who answered, with what and how punctually are kept in the completion fields.
    /// </summary>
    public DateTime? AnsweredLateAt { get; set; }
}
