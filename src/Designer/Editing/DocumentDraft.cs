namespace Workflow.Designer.Editing;

/// <summary>A required document as the documents panel edits it.</summary>
public sealed record DocumentDraft(string Id, string Name, int Originals, int CertifiedCopies, int Photocopies, bool Required, string? When, string? Form, string? Note);
