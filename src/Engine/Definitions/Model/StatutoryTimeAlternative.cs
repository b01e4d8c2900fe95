using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Definitions.Model;

public sealed record StatutoryTimeAlternative
{
    /// <summary>Condition on the dossier data, in the expression language.</summary>
    public string When { get; init; } = "";

    public decimal Value { get; init; }

    public DurationUnit Unit { get; init; }

    public string? Note { get; init; }
}
