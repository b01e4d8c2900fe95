namespace Workflow.Server.Catalogue;

/// <summary>A paper to file; <c>FormHref</c> is where its blank form can be downloaded, when the procedure keeps one.</summary>
public sealed record DocumentView(string Id, string Name, int Originals, int CertifiedCopies, int Photocopies, bool Required, string? When, string? Form, string? Note, string? FormHref);
