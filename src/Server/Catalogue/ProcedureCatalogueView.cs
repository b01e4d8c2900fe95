using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime;
using Workflow.Server.Localization;

namespace Workflow.Server.Catalogue;

/// <summary>The public catalogue: the published version of each procedure in force today, in the reader's language.</summary>
public sealed class ProcedureCatalogueView(WorkspaceAccessor workspace, TimeProvider time)
{
    public IReadOnlyList<ProcedureSummary> InForce() =>
        workspace.Current.Catalog.AllInForce(Today()).Select(d => new ProcedureSummary(
            d.Id, d.Code, d.Version, NameOf(d), d.Field, d.Level, StatutoryTime(d.StatutoryTime), d.OnlineMode, d.Channels,
            d.Fees.Select(Fee).ToList(), d.Documents.Select(Document).ToList())).ToList();

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
            StatutoryTime(d.StatutoryTime), d.OnlineMode, d.Channels, d.Fees.Select(Fee).ToList(), d.Documents.Select(Document).ToList(),
            d.Results, d.Data, units);
    }

    private DateOnly Today() => VietnamTime.LocalDate(time.GetUtcNow());

    private static string NameOf(ProcedureDefinition d) => Language.IsEnglish && !string.IsNullOrWhiteSpace(d.NameEn) ? d.NameEn : d.Name;

    private static StatutoryTimeView StatutoryTime(Engine.Definitions.Model.StatutoryTime time) =>
        new(time.Value, time.Unit, time.Cutoff, DurationText(time), time.Note);

    private static string DurationText(Engine.Definitions.Model.StatutoryTime time)
    {
        var value = time.Value.ToString("0.##", CultureInfo.InvariantCulture);
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

    private static DocumentView Document(RequiredDocument r) => new(r.Id, r.Name, r.Originals, r.CertifiedCopies, r.Photocopies, r.Required, r.When, r.Form, r.Note);
}
