namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>One document of a dossier with how many of each kind of copy were given (or are wanted).</summary>
public sealed record FormDocumentLine
{
    public required string Name { get; init; }

    public int Originals { get; init; }

    public int CertifiedCopies { get; init; }

    public int Photocopies { get; init; }

    /// <summary>Whether the component was digitised at receipt, certified as an electronic copy from the original, or filed electronically (Vietnamese); null when none.</summary>
    public string? Digitisation { get; init; }

    /// <summary>What is wrong or wanted, for a supplement request.</summary>
    public string? Note { get; init; }
}
