using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Spreadsheets;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>Officers and memberships in the accounts layout (<see cref="AccountColumns"/>), as .xlsx or CSV: what <see cref="AccountImporter"/> reads back unchanged.</summary>
public static class AccountTableExporter
{
    private static readonly double[] Widths = [18, 28, 28, 14, 22, 40, 16, 12, 12];

    public static WorkbookBuilder Build(IEnumerable<AccountTableRow> rows)
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Tài khoản");
        sheet.PageLayout = new PageLayout(Landscape: true, FitToOnePageWide: true);
        for (var c = 0; c < AccountColumns.All.Count; c++)
        {
            sheet.SetText(1, c + 1, AccountColumns.All[c].Vietnamese).SetColumnWidth(c + 1, Widths[c]);
        }

        sheet.Style(new CellRange(1, 1, 1, AccountColumns.All.Count), s => s with { Bold = true, FillColor = "D9E2F3", WrapText = true });
        sheet.FreezeRows(1);
        var number = 1;
        foreach (var row in rows)
        {
            number++;
            var cells = Cells(row);
            for (var c = 0; c < cells.Count; c++)
            {
                // Dates stay text (dd/MM/yyyy), as typed in a Vietnamese spreadsheet, so the file reads the same everywhere.
                sheet.SetText(number, c + 1, cells[c]);
            }
        }

        sheet.Style(new CellRange(1, 1, number, AccountColumns.All.Count), s => s with { ThinBorder = true, Vertical = VerticalAlignment.Top });
        return workbook;
    }

    /// <summary>CSV with comma separators and a byte-order mark, so that spreadsheets open the Vietnamese letters right.</summary>
    public static byte[] Csv(IEnumerable<AccountTableRow> rows)
    {
        var text = string.Join("\n", rows.Select(r => CsvText.Line(Cells(r))).Prepend(CsvText.Line(AccountColumns.All.Select(c => c.Vietnamese)))) + "\n";
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)];
    }

    public static byte[] Xlsx(IEnumerable<AccountTableRow> rows)
    {
        using var output = new MemoryStream();
        Build(rows).Save(output);
        return output.ToArray();
    }

    private static IReadOnlyList<string> Cells(AccountTableRow row) =>
        [row.UserName, row.DisplayName, row.Email ?? "", row.Phone ?? "", row.UnitId ?? "", row.UnitName ?? "", row.Role ?? "",
            row.ValidFrom is { } from ? AccountDay.Write(from) : "", row.ValidTo is { } to ? AccountDay.Write(to) : ""];
}
