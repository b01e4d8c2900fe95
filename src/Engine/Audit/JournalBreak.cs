namespace Workflow.Engine.Audit;

/// <summary>One broken place in the journal, located by dossier and sequence, with a sentence.</summary>
public sealed record JournalBreak(JournalBreakKind Kind, Guid? DossierId, string? DossierCode, int? Sequence, long? EntryId, string Message)
{
    public override string ToString()
    {
        var where = DossierId is null ? "" : $"{DossierCode ?? DossierId.ToString()}" + (Sequence is null ? "" : $" #{Sequence}");
        return $"{Kind.ToString().ToLowerInvariant()}: {where} — {Message}";
    }
}
