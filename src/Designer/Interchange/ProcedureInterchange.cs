using System.Globalization;
using Microsoft.Extensions.Logging;
using Workflow.Designer.Workspace;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;

namespace Workflow.Designer.Interchange;

/// <summary>
/// Imports and exports in the designer: a dry run of a public-facts or internal-process table checked with the designer's
/// own validator (<see cref="DesignerWorkspace.ValidatorAsync"/>), then — once a person confirms — each draft saved through
/// <see cref="DesignerWorkspace.SaveDraftAsync"/>, the one way drafts are written; and a version's process table or one-page summary.
/// </summary>
public sealed class ProcedureInterchange(DesignerWorkspace workspace, ILogger<ProcedureInterchange> logger)
{
    public async Task<IReadOnlyList<FactsRowResult>> PlanFactsAsync(Stream file, string fileName, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var rows = TableFile.Read(file, fileName, culture);
        var validator = await workspace.ValidatorAsync(culture, cancellationToken);
        var plan = new FactsImporter(workspace.Root, validator.Options, validator.Validate).Plan(rows);
        logger.LogInformation("Facts import planned from {Rows} rows: {Created} created, {Changed} changed, {Refused} refused",
            plan.Count, plan.Count(r => r.Outcome == ImportOutcome.Created), plan.Count(r => r.Outcome == ImportOutcome.Changed), plan.Count(r => r.Outcome == ImportOutcome.Refused));
        return plan;
    }

    /// <summary>Saves the confirmed rows' drafts (refused and unchanged rows write nothing).</summary>
    public async Task<IReadOnlyList<SavedDraft>> ApplyFactsAsync(IEnumerable<FactsRowResult> confirmed, CancellationToken cancellationToken = default)
    {
        var saved = new List<SavedDraft>();
        foreach (var row in confirmed.Where(r => r.Writes))
        {
            saved.Add(await workspace.SaveDraftAsync(row.ProcedureId!, row.Version!.Value, row.Text!, cancellationToken));
        }

        logger.LogInformation("Facts import wrote {Drafts} drafts", saved.Count);
        return saved;
    }

    public async Task<ProcessImport> PlanProcessAsync(string procedureId, Stream file, string fileName, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var rows = TableFile.Read(file, fileName, culture);
        var organisation = workspace.Current.Organisation ?? throw new DesignerRefusedException(DesignerRefusal.ProcedureNotFound,
            Text.Pick(culture, "Cơ cấu tổ chức đang có lỗi nên chưa nhập được quy trình nội bộ; sửa procedures/organisation trước.",
                "The organisation has errors, so no internal process can be imported; fix procedures/organisation first."), "organisation");
        var validator = await workspace.ValidatorAsync(culture, cancellationToken);
        var plan = new ProcessTableImporter(workspace.Root, organisation, validator.Options, validator.Validate).Plan(procedureId, rows);
        logger.LogInformation("Process import for {ProcedureId} planned: {Steps} steps, {Issues} issues", procedureId, plan.Steps.Count, plan.Issues.Count);
        return plan;
    }

    public Task<SavedDraft> ApplyProcessAsync(ProcessImport plan, CancellationToken cancellationToken = default) =>
        plan.CanWrite
            ? workspace.SaveDraftAsync(plan.ProcedureId, plan.Version, plan.Text!, cancellationToken)
            : throw new InvalidOperationException("A process import with issues is not written.");

    /// <summary>The version's internal-process table as .xlsx bytes.</summary>
    public byte[] ExportProcess(string procedureId, int version, CultureInfo? culture)
    {
        var definition = Find(procedureId, version, culture);
        using var output = new MemoryStream();
        ProcessTableExporter.Build(definition, workspace.Current.Organisation, workspace.Current.Calendar.WorkingHours.Default.StandardDayLength).Save(output);
        return output.ToArray();
    }

    public string Summary(string procedureId, int version, CultureInfo? culture) =>
        ProcedureSummaryPage.Render(Find(procedureId, version, culture), workspace.Current.Organisation);

    private ProcedureDefinition Find(string procedureId, int version, CultureInfo? culture) =>
        workspace.Current.Catalog.Find(procedureId, version) ?? throw new DesignerRefusedException(DesignerRefusal.VersionNotFound, Text.Pick(culture,
            $"Không có {procedureId}/v{version} hợp lệ để xuất; phiên bản còn lỗi thì sửa lỗi trước.",
            $"There is no valid {procedureId}/v{version} to export; a version with errors must be fixed first."), "version");
}
