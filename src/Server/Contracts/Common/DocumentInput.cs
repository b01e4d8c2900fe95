namespace Workflow.Server.Contracts.Common;

/// <summary>One line of the documents checklist: the paper (an id from the procedure) and how many of each kind.</summary>
public sealed record DocumentInput(string? DocumentId, int Originals = 0, int CertifiedCopies = 0, int Photocopies = 0);
