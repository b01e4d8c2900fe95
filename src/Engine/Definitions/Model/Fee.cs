namespace Workflow.Engine.Definitions.Model;

/// <summary>A fee (phí) or charge (lệ phí) in VND, flat or tiered by quantity, with an optional cap.</summary>
public sealed record Fee
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public FeeKind Kind { get; init; }

    /// <summary>Flat amount per unit of <see cref="Per"/>; ignored when tiers are given.</summary>
    public decimal? Amount { get; init; }

    /// <summary>What one amount is charged for: <c>case</c>, <c>page</c>, <c>copy</c>, <c>certificate</c>...</summary>
    public string Per { get; init; } = "case";

    /// <summary>Id of the dossier data field that gives the quantity (e.g. the number of pages).</summary>
    public string? QuantityField { get; init; }

    public IReadOnlyList<FeeTier> Tiers { get; init; } = [];

    /// <summary>Cap per <see cref="MaxPer"/> (e.g. 200,000 VND per copy).</summary>
    public decimal? Max { get; init; }

    public string? MaxPer { get; init; }

    /// <summary>Condition on the dossier data under which nothing is charged.</summary>
    public string? ExemptWhen { get; init; }

    public string? Note { get; init; }
}
