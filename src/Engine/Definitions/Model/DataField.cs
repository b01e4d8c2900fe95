namespace Workflow.Engine.Definitions.Model;

/// <summary>A piece of dossier data the applicant gives; decisions, fees and alternatives refer to it by id.</summary>
public sealed record DataField
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public DataFieldType Type { get; init; }

    public bool Required { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public string? Note { get; init; }
}
