using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Queries;

/// <summary>
/// On SQLite, the dossiers whose code or applicant's name contains a piece of text, found through
/// <c>dossier_search</c>: an FTS5 table with the trigram tokenizer over <c>dossiers.Code</c> and
/// <c>dossiers.ApplicantSearchName</c> (external content, same rowid), which triggers on
/// <c>dossiers</c> keep in step inside the transaction of whichever command writes the row
/// (migration <c>DossierSearchTrigramIndex</c>). A quoted phrase of three characters or more is a
/// substring match over trigrams, so the results are those of <c>LIKE '%text%'</c>, read from the
/// index instead of from every dossier.
/// </summary>
internal static class SqliteDossierTextIndex
{
    /// <summary>A trigram index cannot answer text shorter than one trigram.</summary>
    private const int ShortestIndexed = 3;

    /// <summary>
    /// The FTS5 query for <paramref name="search"/> (the code in upper case, the name folded, as
    /// <see cref="TextSearch"/> compares them), or null when either is too short for the index.
    /// </summary>
    public static string? MatchFor(string search)
    {
        var code = search.Trim().ToUpperInvariant();
        var name = SearchText.Fold(search);
        if (code.Length < ShortestIndexed || name.Length < ShortestIndexed)
        {
            return null;
        }

        return $"Code : {Phrase(code)} OR ApplicantSearchName : {Phrase(name)}";
    }

    /// <summary>The matching dossiers, to filter and order further.</summary>
    public static IQueryable<DossierRecord> Matching(WorkflowDbContext db, string match) =>
        db.Dossiers.FromSql($"SELECT * FROM dossiers WHERE rowid IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH {match})").AsNoTracking();

    /// <summary>Inside a phrase every character is literal (%, _ and \ included); a double quote is doubled.</summary>
    private static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
