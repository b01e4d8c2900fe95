namespace Workflow.Server.Catalogue;

public sealed record DocumentView(string Id, string Name, int Originals, int CertifiedCopies, int Photocopies, bool Required, string? When, string? Form, string? Note);
