namespace Workflow.Engine.Definitions.Model;

/// <summary>What the citizen receives at the end (a certificate, a licence, a decision...).</summary>
public sealed record ResultDocument
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Note { get; init; }

    /// <summary>
    /// How many calendar months the result is valid from its issue day, when the law gives it a term
    /// (a building permit's extension, a certificate valid for a year...); none when it does not expire.
    /// </summary>
    public int? ValidMonths { get; init; }
}
