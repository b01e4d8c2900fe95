using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One linked dossier (liên thông): the parent that filed it at one of its file steps, and the
/// child, which keeps its own code, statutory time, ledger and handoffs. Read both ways: a parent's
/// children for its group appointment and roll-up, a child's parent for the trace.
/// </summary>
public sealed class DossierLinkRecord
{
    public Guid Id { get; set; }

    public Guid ParentDossierId { get; set; }

    public Guid ChildDossierId { get; set; }

    /// <summary>The parent's file step.</summary>
    public string StepId { get; set; } = "";

    /// <summary>The parent's item waiting for the child; null when the parent does not wait.</summary>
    public Guid? WaitItemId { get; set; }

    public ChildAwait Await { get; set; }

    public DateTime FiledAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>The child's state when it ended.</summary>
    public DossierState? ChildEndState { get; set; }
}
