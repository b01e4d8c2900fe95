namespace Workflow.Engine.Runtime.Commands;

/// <summary>One line of the documents checklist: which paper, and how many of each kind were received.</summary>
public sealed record ReceivedDocument(string DocumentId, int Originals = 0, int CertifiedCopies = 0, int Photocopies = 0);
