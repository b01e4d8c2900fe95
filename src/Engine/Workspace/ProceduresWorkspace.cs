using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Documents.Forms.Templates;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Workspace;

/// <summary>
/// Everything <c>procedures/</c> holds, loaded together and checked against each other:
/// the organisation, the working calendars and the procedure definitions. The engine, the
/// designer and the command line all load it through here.
/// </summary>
public sealed class ProceduresWorkspace
{
    private ProceduresWorkspace(string root, OrganisationModel? organisation, WorkingCalendar calendar, FormTemplateCatalog forms, ProcedureCatalog catalog, IReadOnlyList<Problem> problems)
    {
        Root = root;
        Forms = forms;
        Organisation = organisation;
        Calendar = calendar;
        Catalog = catalog;
        Problems = problems;
    }

    /// <summary>The organisation; null when its file has errors (see <see cref="Problems"/>). On a server, the database's (see <see cref="WithOrganisation"/>).</summary>
    public OrganisationModel? Organisation { get; private init; }

    /// <summary>
    /// Units merged or abolished through the organisation's administration, with the unit that took
    /// over: work that would go to such a unit after it ended goes to its successor instead.
    /// </summary>
    public IReadOnlyDictionary<string, string> Successions { get; private init; } = new Dictionary<string, string>();

    /// <summary>The same procedures run with another organisation: the one the database holds, which every node shares.</summary>
    public ProceduresWorkspace WithOrganisation(OrganisationModel organisation, IReadOnlyDictionary<string, string> successions) =>
        new(Root, organisation, Calendar, Forms, Catalog, Problems) { Successions = successions };

    /// <summary>The official form templates, by circular and period.</summary>
    public FormTemplateCatalog Forms { get; }

    /// <summary>The working calendar (holidays, swapped days, working hours per unit).</summary>
    public WorkingCalendar Calendar { get; }

    public string Root { get; }

    public ProcedureCatalog Catalog { get; }

    public IReadOnlyList<Problem> Problems { get; }

    public bool HasErrors => Problems.Any(p => p.IsError);

    public int UnitCount => Organisation?.UnitIds.Count ?? 0;

    public string CalendarYears => Calendar.LoadedYears.Count == 0
        ? "-"
        : string.Join(", ", Calendar.LoadedYears.Select(y => Calendar.ProvisionalYears.Contains(y) ? $"{y}*" : y.ToString(CultureInfo.InvariantCulture)));

    /// <param name="convention">How working days are counted when a procedure does not say (the engine's <c>Engine:Convention</c>); definitions are checked against their statutory time with it.</param>
    public static ProceduresWorkspace Load(string root, CultureInfo? culture = null, IReadOnlyList<PublishedVersionRecord>? extraRecords = null, DeadlineConvention convention = DeadlineConvention.CivilCode)
    {
        var problems = new List<Problem>();
        var organisationPath = OrganisationPath(root);
        OrganisationModel? organisation = null;
        if (File.Exists(organisationPath))
        {
            var loaded = OrganisationLoader.LoadFile(organisationPath, culture);
            organisation = loaded.Model;
            problems.AddRange(loaded.Problems.Select(p => p with { File = Display(root, organisationPath) }));
        }
        else
        {
            problems.Add(new Problem(ProblemSeverity.Error, "ORG000", Display(root, organisationPath), 0, 0, "", Localization.Text.Pick(culture,
                "Thiếu tệp cơ cấu tổ chức; mọi quy trình cần nó để giao việc cho đơn vị.",
                "The organisation file is missing; every procedure needs it to assign work to units.")));
        }

        var calendars = CalendarLoader.Load(Path.Combine(root, "calendars"), culture);
        problems.AddRange(calendars.Problems);
        var forms = FormTemplateSetLoader.Load(root, culture);
        problems.AddRange(forms.Problems);

        var options = DefinitionOptions(root, culture, extraRecords, calendars.Calendar, convention) with
        {
            Organisation = organisation is null ? null : new OrganisationKindCatalog(organisation),
        };
        var result = DefinitionLoader.LoadFolder(root, options);
        problems.AddRange(result.Problems);
        return new ProceduresWorkspace(root, organisation, calendars.Calendar, forms.Catalog, result.Catalog, problems);
    }

    public static string OrganisationPath(string root) => Path.Combine(root, "organisation", "organisation.json");

    private static string Display(string root, string path) =>
        $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)))}/{Path.GetRelativePath(root, path).Replace('\\', '/')}";

    /// <summary>The options definitions are checked with: the working calendar (read from the folder unless given), the convention, and every recorded publication.</summary>
    public static DefinitionLoadOptions DefinitionOptions(
        string root,
        CultureInfo? culture = null,
        IReadOnlyList<PublishedVersionRecord>? extraRecords = null,
        WorkingCalendar? calendar = null,
        DeadlineConvention convention = DeadlineConvention.CivilCode)
    {
        return new DefinitionLoadOptions
        {
            Culture = culture,
            PublishedRecords = PublishedRecords(root, extraRecords),
            Calendar = calendar ?? CalendarLoader.Load(Path.Combine(root, "calendars"), culture).Calendar,
            DefaultConvention = convention,
        };
    }

    /// <summary>Every publication recorded for the folder: the lock file's, and the database's (passed in), which win: they are what dossiers ran on.</summary>
    public static IReadOnlyList<PublishedVersionRecord> PublishedRecords(string root, IReadOnlyList<PublishedVersionRecord>? extraRecords = null) =>
        PublishedVersionLockFile.Read(root).Concat(extraRecords ?? [])
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
}
