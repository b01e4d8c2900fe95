namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>The person or organisation who filed the dossier.</summary>
public sealed record FormApplicant
{
    public required string Name { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>Personal identification number, or the enterprise code for an organisation.</summary>
    public string? IdentityNumber { get; init; }
}
