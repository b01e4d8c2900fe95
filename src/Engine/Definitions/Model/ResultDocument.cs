namespace Workflow.Engine.Definitions.Model;

/// <summary>What the citizen receives at the end (a certificate, a licence, a decision...).</summary>
public sealed record ResultDocument
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Note { get; init; }
}
