using Workflow.Engine.Organisation.Administration;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One change an administrator made to the organisation: who, when, what (as sentences in both
/// languages), and for a merger or abolition, the unit whose open tasks move to its successor on
/// the effective date and when that move was finished.
/// </summary>
public sealed class OrganisationChangeRecord
{
    public Guid Id { get; set; }

    /// <summary>The organisation version this change produced.</summary>
    public long Version { get; set; }

    public OrganisationChangeKind Kind { get; set; }

    public DateTime At { get; set; }

    public string ById { get; set; } = "";

    public string ByName { get; set; } = "";

    public DateOnly EffectiveDate { get; set; }

    /// <summary>The unit (or, for unit kinds, the kind) changed.</summary>
    public string SubjectId { get; set; } = "";

    /// <summary>For a merger or abolition: the unit that takes over.</summary>
    public string? SuccessorId { get; set; }

    public string Summary { get; set; } = "";

    public string SummaryEn { get; set; } = "";

    /// <summary>For a merger or abolition: when every open task at the unit had moved to the successor (null until then).</summary>
    public DateTime? SuccessionDoneAt { get; set; }

    /// <summary>How many tasks moved on the effective date.</summary>
    public int TasksMoved { get; set; }
}
