using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// The routes the server has rendered at least once in this run. Two dossiers' pages are the same route:
/// numbers, GUIDs and dossier codes are one placeholder, and the query is left out.
/// </summary>
public sealed partial class WarmedRoutes
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time a route is asked for, false after.</summary>
    public bool FirstVisit(string path) => _seen.TryAdd(Route(path), 0);

    public static string Route(string path)
    {
        var withoutQuery = path.Split('?', '#')[0];
        return string.Join('/', withoutQuery.Split('/').Select(segment => Variable().IsMatch(segment) ? "{id}" : segment));
    }

    // A segment holding a digit is a value (a GUID, a version number, a dossier code such as 000.00.01.H12-261207-0001).
    [GeneratedRegex(@"\d")]
    private static partial Regex Variable();
}
