using System.Globalization;
using System.Runtime.CompilerServices;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Execution;
using Workflow.Server.Localization;

namespace Workflow.Server.Catalogue;

/// <summary>The public catalogue: the published version of each procedure in force today, in the reader's language.</summary>
public sealed class ProcedureCatalogueView(WorkspaceAccessor workspace, TimeProvider time, BlankForms blankForms)
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    // The folded search text of each loaded definition, worked out once per catalogue load rather than
    // on every query; keyed by the definition object, so a reloaded catalogue's entries go with it.
    private static readonly ConditionalWeakTable<ProcedureDefinition, string> FoldedText = new();

    public IReadOnlyList<ProcedureSummary> InForce() => workspace.Current.Catalog.AllInForce(Today()).Select(Summary).ToList();

    /// <summary>
    /// One page of the procedures in force that match: every word of the text in the name, code or
    /// field ("ho tich" finds "Hộ tịch"), the field and the level exactly; by field, then name.
    /// </summary>
    public Page<ProcedureSummary> Search(CatalogueSearch search)
    {
        var page = search.Page.Normalised();
        var words = SearchText.Fold(search.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var field = search.Field?.Trim();
        var matches = workspace.Current.Catalog.AllInForce(Today())
            .Where(d => string.IsNullOrEmpty(field) || string.Equals(d.Field, field, StringComparison.OrdinalIgnoreCase))
            .Where(d => search.Level is null || d.Level == search.Level)
            .Where(d => words.Length == 0 || Matches(d, words))
            .OrderBy(d => d.Field, VietnameseOrder).ThenBy(NameOf, VietnameseOrder)
            .ToList();
        return new Page<ProcedureSummary>(matches.Skip(page.Skip).Take(page.PageSize).Select(Summary).ToList(), page.Page, page.PageSize, matches.Count);
    }

    /// <summary>The fields of the procedures in force, for the catalogue's filter.</summary>
    public IReadOnlyList<string> Fields() =>
        workspace.Current.Catalog.AllInForce(Today()).Select(d => d.Field).Where(f => !string.IsNullOrWhiteSpace(f))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(VietnameseOrder).ToList();

    public ProcedureDetail? Find(string procedureId)
    {
        var today = Today();
        var d = workspace.Current.Catalog.InForce(procedureId, today);
        if (d is null)
        {
            return null;
        }

        var organisation = workspace.Current.Organisation;
        var units = organisation?.UnitsOfKindAt(d.ReceivingUnitKind, today).Select(u => new ReceivingUnitView(u.Id, u.Code, u.DisplayName(Language.Current))).ToList() ?? [];
        return new ProcedureDetail(d.Id, d.Code, d.Version, NameOf(d), d.Field, d.Level, d.Description, d.LegalBasis, d.EffectiveFrom,
            StatutoryTime(d.StatutoryTime), d.OnlineMode, d.Channels, d.Fees.Select(Fee).ToList(), d.Documents.Select(r => Document(d.Id, r)).ToList(),
            d.Results, d.Data, units);
    }

    private static bool Matches(ProcedureDefinition d, string[] words)
    {
        var text = FoldedText.GetValue(d, static d => SearchText.Fold($"{d.Name} {d.NameEn} {d.Code} {d.Field}"));
        return words.All(w => text.Contains(w, StringComparison.Ordinal));
    }

    private ProcedureSummary Summary(ProcedureDefinition d) => new(
        d.Id, d.Code, d.Version, NameOf(d), d.Field, d.Level, StatutoryTime(d.StatutoryTime), d.OnlineMode, d.Channels,
        d.Fees.Select(Fee).ToList(), d.Documents.Select(r => Document(d.Id, r)).ToList());

    private DateOnly Today() => VietnamTime.LocalDate(time.GetUtcNow());

    private static string NameOf(ProcedureDefinition d) => Language.IsEnglish && !string.IsNullOrWhiteSpace(d.NameEn) ? d.NameEn : d.Name;

    private static StatutoryTimeView StatutoryTime(Engine.Definitions.Model.StatutoryTime time) =>
        new(time.Value, time.Unit, time.Cutoff, DurationText(time), time.Note);

    private static string DurationText(Engine.Definitions.Model.StatutoryTime time)
    {
        // "4,5 ngày" in Vietnamese, "4.5 days" in English.
        var value = time.Value.ToString("0.##", CultureInfo.GetCultureInfo(Language.IsEnglish ? "en" : "vi-VN"));
        return time.Unit switch
        {
            DurationUnit.WorkingDays => Language.Pick($"{value} ngày làm việc", $"{value} working days"),
            DurationUnit.WorkingHours => Language.Pick($"{value} giờ làm việc", $"{value} working hours"),
            DurationUnit.CalendarDays => Language.Pick($"{value} ngày", $"{value} days"),
            _ => Language.Pick(
                $"Trong ngày (nhận sau {(time.Cutoff ?? Duration.DefaultSameDayCutoff):HH\\:mm} thì trả trong ngày làm việc tiếp theo)",
                $"Same day (received after {(time.Cutoff ?? Duration.DefaultSameDayCutoff):HH\\:mm}: the next working day)"),
        };
    }

    private static FeeView Fee(Fee f) => new(f.Id, f.Name, f.Kind, f.Amount, f.Per, f.Tiers, f.Max, f.MaxPer, f.Note);

    private DocumentView Document(string procedureId, RequiredDocument r) =>
        new(r.Id, r.Name, r.Originals, r.CertifiedCopies, r.Photocopies, r.Required, r.When, r.Form, r.Note, blankForms.Href(procedureId, r));

    /// <summary>The blank form of a paper of a procedure in force, when the definition names one and the procedure keeps its file.</summary>
    public (string Path, string ContentType)? BlankForm(string procedureId, string documentId) =>
        workspace.Current.Catalog.InForce(procedureId, Today())?.Documents.FirstOrDefault(r => r.Id == documentId) is { } document
            ? blankForms.Find(procedureId, document)
            : null;
}
