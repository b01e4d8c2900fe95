using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflow.Engine.Definitions.Versioning;

/// <summary>
/// The version numbers a procedure has, as files <c>v&lt;N&gt;.json</c> in its folder and as published
/// records, and the one a change must go to. The loader's advice (WF060), the designer and
/// <c>workflow new-version</c> all ask here, so they name the same number.
/// </summary>
public static partial class VersionNumbers
{
    /// <summary>The version of a file named <c>v&lt;N&gt;.json</c>; null for any other name.</summary>
    public static int? OfFile(string path)
    {
        var match = VersionFileName().Match(Path.GetFileName(path));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The versions the procedure has as files in its folder, in order.</summary>
    public static IReadOnlyList<int> OnDisk(string proceduresRoot, string procedureId)
    {
        var folder = Path.Combine(proceduresRoot, procedureId);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "v*.json").Select(OfFile).OfType<int>().Order().ToList()
            : [];
    }

    /// <summary>
    /// One past every version the procedure has, as a file or as a published record: a changed v1
    /// beside an existing v2 goes to v3, and so does a change beside a published v2 whose file is missing.
    /// </summary>
    public static int NextFree(string procedureId, IEnumerable<int> onDisk, IEnumerable<PublishedVersionRecord> recorded) =>
        onDisk.Concat(recorded.Where(r => r.ProcedureId == procedureId).Select(r => r.Version)).DefaultIfEmpty(0).Max() + 1;

    /// <inheritdoc cref="NextFree(string, IEnumerable{int}, IEnumerable{PublishedVersionRecord})"/>
    public static int NextFree(string proceduresRoot, string procedureId, IEnumerable<PublishedVersionRecord> recorded) =>
        NextFree(procedureId, OnDisk(proceduresRoot, procedureId), recorded);

    [GeneratedRegex(@"^v([1-9][0-9]*)\.json$")]
    private static partial Regex VersionFileName();
}
