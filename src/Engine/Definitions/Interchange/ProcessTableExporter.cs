using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Organisation;
using Workflow.Engine.Spreadsheets;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// A version's internal-process table as an .xlsx sheet in Vietnamese, A4 landscape, one page wide, ready to be the annex
/// of the approval decision: a title naming the procedure, its code, statutory time and version, the table
/// (<see cref="ProcessColumns"/>, which <see cref="ProcessTableImporter"/> reads back) and the total time of the steps.
/// </summary>
public static class ProcessTableExporter
{
    private static readonly double[] Widths = [8, 58, 34, 30, 22];

    public static WorkbookBuilder Build(ProcedureDefinition definition, OrganisationModel? organisation, TimeSpan standardDay)
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Quy trình nội bộ");
        sheet.PageLayout = new PageLayout(Landscape: true, FitToOnePageWide: true);
        var last = ProcessColumns.All.Count;
        Title(sheet, 1, "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", bold: true, size: 14);
        Title(sheet, 2, $"{definition.Name}{(definition.Code is { Length: > 0 } code ? $" (mã {code})" : "")}", bold: true, size: 12);
        Title(sheet, 3, $"Thời hạn giải quyết: {DurationText.Of(definition.StatutoryTime.ToDuration(), Localization.Text.Vietnamese)} — phiên bản v{definition.Version}{(definition.EffectiveFrom is { } from ? $", hiệu lực từ {from:dd/MM/yyyy}" : "")}", bold: false, size: 11);
        const int headerRow = 5;
        for (var c = 0; c < last; c++)
        {
            sheet.SetText(headerRow, c + 1, ProcessColumns.All[c].Vietnamese).SetColumnWidth(c + 1, Widths[c]);
        }

        sheet.Style(new CellRange(headerRow, 1, headerRow, last), s => s with { Bold = true, FillColor = "D9E2F3", Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true });
        sheet.FreezeRows(headerRow);
        var rows = ProcessTable.Rows(definition, organisation);
        var row = headerRow;
        foreach (var step in rows)
        {
            row++;
            sheet.SetNumber(row, 1, step.Number).SetText(row, 2, step.Content).SetText(row, 3, step.Unit).SetText(row, 4, step.Role).SetText(row, 5, step.Time);
            sheet.Style(row, 1, s => s with { Horizontal = HorizontalAlignment.Center });
        }

        row++;
        sheet.SetText(row, 1, "Tổng").Merge(new CellRange(row, 1, row, 4));
        sheet.SetText(row, 5, Total(definition, standardDay));
        sheet.Style(new CellRange(row, 1, row, last), s => s with { Bold = true });
        sheet.Style(new CellRange(headerRow, 1, row, last), s => s with { ThinBorder = true, Vertical = VerticalAlignment.Top, WrapText = true });
        return workbook;
    }

    /// <summary>The same table as CSV (header and steps, no title), which <see cref="ProcessTableImporter"/> reads back as well.</summary>
    public static string Csv(ProcedureDefinition definition, OrganisationModel? organisation) =>
        string.Join("\n", ProcessTable.Rows(definition, organisation)
            .Select(r => CsvText.Line([r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Content, r.Unit, r.Role, r.Time]))
            .Prepend(CsvText.Line(ProcessColumns.All.Select(c => c.Vietnamese)))) + "\n";

    /// <summary>The steps' time added up in working time, or a sentence where calendar days make that meaningless.</summary>
    private static string Total(ProcedureDefinition definition, TimeSpan standardDay)
    {
        var durations = definition.Process.Steps.Where(s => s.Kind == StepKind.Task).Select(s => s.Duration).OfType<DurationSpec>().ToList();
        if (durations.Any(d => d.Unit is not (DurationUnit.WorkingDays or DurationUnit.WorkingHours)))
        {
            return "";
        }

        var hours = durations.Sum(d => d.Unit == DurationUnit.WorkingDays ? d.Value * (decimal)standardDay.TotalHours : d.Value);
        return DurationText.WorkingTime(TimeSpan.FromHours((double)hours), standardDay, Localization.Text.Vietnamese);
    }

    private static void Title(SheetBuilder sheet, int row, string text, bool bold, double size)
    {
        sheet.SetText(row, 1, text).Merge(new CellRange(row, 1, row, ProcessColumns.All.Count));
        sheet.Style(row, 1, s => s with { Bold = bold, FontSize = size, Horizontal = HorizontalAlignment.Center, WrapText = true });
        sheet.SetRowHeight(row, size * 1.6);
    }
}
