using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>How many branches of one execution of a parallel step have reached its join.</summary>
public sealed class JoinRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public string ForkStepId { get; set; } = "";

    public string JoinStepId { get; set; } = "";

    /// <summary>Identifies this execution of the fork (a fork may run again after rework).</summary>
    public string Instance { get; set; } = "";

    /// <summary>The fork path of the fork step itself, restored when the flow continues after the join.</summary>
    public string OuterForkPath { get; set; } = "";

    public int Branches { get; set; }

    public int Required { get; set; }

    public int Arrived { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>The item whose completion opened the fork (the asking task), and its unit: consulted agencies answer back to it.</summary>
    public Guid? AskingItemId { get; set; }

    public string? AskingUnitId { get; set; }

    /// <summary>The consultation's deadline, when its parallel step has one, and what its passing does.</summary>
    public DateTime? DeadlineAt { get; set; }

    public ConsultationDeadlineEffect? OnDeadline { get; set; }

    /// <summary>When the deadline passed with branches still silent (the consultation is overdue from then on).</summary>
    public DateTime? DeadlinePassedAt { get; set; }
}
