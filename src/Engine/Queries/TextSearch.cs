using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Queries;

/// <summary>
/// "Part of the code, or of the applicant's name" as LIKE patterns ('%part%', with %, _ and the
/// escape character taken literally). PostgreSQL answers LIKE from its trigram indexes on dossiers;
/// a substring function (what string.Contains becomes there) it can only answer by reading every row.
/// </summary>
internal static class TextSearch
{
    public const string Escape = "\\";

    /// <summary>Codes are stored in upper case.</summary>
    public static string CodePattern(string search) => Containing(search.Trim().ToUpperInvariant());

    /// <summary>Names are searched folded (lower case, no diacritics), as <see cref="SearchText"/> stores them.</summary>
    public static string NamePattern(string search) => Containing(SearchText.Fold(search));

    private static string Containing(string text) =>
        "%" + text.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
