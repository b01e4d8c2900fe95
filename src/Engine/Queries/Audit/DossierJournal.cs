namespace Workflow.Engine.Queries.Audit;

/// <summary>A dossier's whole journal, and whether its hash chain is intact from the first line to the last.</summary>
public sealed record DossierJournal(Guid DossierId, string? Code, bool DossierRowExists, bool ChainIntact, int? FirstBrokenSequence, IReadOnlyList<JournalLine> Lines);
