using System.Globalization;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Workspace;

/// <summary>
/// Everything <c>procedures/</c> holds, loaded together and checked against each other:
/// the organisation, the working calendars and the procedure definitions. The engine, the
/// designer and the command line all load it through here.
/// </summary>
public sealed class ProceduresWorkspace
{
    private ProceduresWorkspace(string root, ProcedureCatalog catalog, IReadOnlyList<Problem> problems)
    {
        Root = root;
        Catalog = catalog;
        Problems = problems;
    }

    public string Root { get; }

    public ProcedureCatalog Catalog { get; }

    public IReadOnlyList<Problem> Problems { get; }

    public bool HasErrors => Problems.Any(p => p.IsError);

    public int UnitCount => 0;

    public string CalendarYears => "";

    public static ProceduresWorkspace Load(string root, CultureInfo? culture = null, IReadOnlyList<PublishedVersionRecord>? extraRecords = null)
    {
        var options = DefinitionOptions(root, culture, extraRecords);
        var result = DefinitionLoader.LoadFolder(root, options);
        return new ProceduresWorkspace(root, result.Catalog, result.Problems);
    }

    /// <summary>The options definitions are checked with: the organisation, and every recorded publication.</summary>
    public static DefinitionLoadOptions DefinitionOptions(string root, CultureInfo? culture = null, IReadOnlyList<PublishedVersionRecord>? extraRecords = null)
    {
        // Database records (passed in) win over the lock file: they are what dossiers ran on.
        var records = PublishedVersionLockFile.Read(root).Concat(extraRecords ?? [])
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        return new DefinitionLoadOptions { Culture = culture, PublishedRecords = records };
    }
}
