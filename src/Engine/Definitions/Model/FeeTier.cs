namespace Workflow.Engine.Definitions.Model;

/// <summary>Price per unit for the units numbered <see cref="From"/>..<see cref="To"/> (inclusive; open when To is absent).</summary>
public sealed record FeeTier
{
    public int From { get; init; } = 1;

    public int? To { get; init; }

    public decimal Amount { get; init; }
}
