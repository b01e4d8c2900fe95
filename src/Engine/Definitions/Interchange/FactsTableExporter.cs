using Newtonsoft.Json.Linq;
using Workflow.Engine.Spreadsheets;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>Procedures' public facts in the import layout (<see cref="FactsColumns"/>), one row each, as .xlsx or CSV: what <see cref="FactsImporter"/> reads back unchanged.</summary>
public static class FactsTableExporter
{
    private static readonly double[] Widths = [11, 24, 40, 16, 12, 16, 22, 40, 60, 36, 40, 16];

    public static WorkbookBuilder Build(IEnumerable<JObject> definitions)
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Thủ tục");
        sheet.PageLayout = new PageLayout(Landscape: true, FitToOnePageWide: true);
        for (var c = 0; c < FactsColumns.All.Count; c++)
        {
            sheet.SetText(1, c + 1, FactsColumns.All[c].Vietnamese).SetColumnWidth(c + 1, Widths[c]);
        }

        sheet.Style(new CellRange(1, 1, 1, FactsColumns.All.Count), s => s with { Bold = true, FillColor = "D9E2F3", WrapText = true });
        sheet.FreezeRows(1);
        var row = 1;
        foreach (var definition in definitions)
        {
            row++;
            for (var c = 0; c < FactsColumns.All.Count; c++)
            {
                sheet.SetText(row, c + 1, FactsCells.Render(definition, FactsColumns.All[c]));
            }
        }

        sheet.Style(new CellRange(1, 1, row, FactsColumns.All.Count), s => s with { ThinBorder = true, Vertical = VerticalAlignment.Top, WrapText = true });
        return workbook;
    }

    public static string Csv(IEnumerable<JObject> definitions) =>
        string.Join("\n", definitions.Select(d => CsvText.Line(FactsColumns.All.Select(c => FactsCells.Render(d, c))))
            .Prepend(CsvText.Line(FactsColumns.All.Select(c => c.Vietnamese)))) + "\n";
}
