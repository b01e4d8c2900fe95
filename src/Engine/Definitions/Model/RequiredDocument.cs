namespace Workflow.Engine.Definitions.Model;

/// <summary>A paper the dossier must contain, with how many originals, certified copies and photocopies.</summary>
public sealed record RequiredDocument
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public int Originals { get; init; }

    public int CertifiedCopies { get; init; }

    public int Photocopies { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>Condition on the dossier data under which this document is needed at all.</summary>
    public string? When { get; init; }

    /// <summary>Template or sample form the citizen fills in (e.g. "Tờ khai theo mẫu").</summary>
    public string? Form { get; init; }

    public string? Note { get; init; }

    /// <summary>
    /// Document types the citizen's electronic data store may give instead of a new paper or upload
    /// (Decree 45/2020: a citizen is not asked again for what the administration already holds).
    /// A type is <c>&lt;procedure id&gt;/&lt;result id&gt;</c>: that procedure's result, issued and signed to the same holder.
    /// </summary>
    public IReadOnlyList<string> FromStore { get; init; } = [];
}
