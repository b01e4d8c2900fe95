using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Localization;
using Workflow.Engine.Spreadsheets;

namespace Workflow.Engine.Reporting.Excel;

/// <summary>
/// Writes a <see cref="DossierReport"/> as the periodic report on dossier handling that provinces
/// keep: a title block (agency, period), one row per unit, procedure, field or channel with
/// received (carried over, new online, new at the desk or by post), finished (early, on time, late),
/// in progress (within time, overdue), withdrawn or stopped, the on-time rate, and the total row.
/// Cells hold values, not formulas, so any reader sees the same numbers as the report; the sheet
/// "Cách tính" gives every column's formula. A second sheet gives each unit's own punctuality.
/// </summary>
public static class PeriodicReportWorkbook
{
    /// <summary>The first row of figures on the report sheet (rows above are the title block and headers).</summary>
    public const int FirstDataRow = 12;

    public const string ReportSheetVi = "Báo cáo";
    public const string ReportSheetEn = "Report";

    /// <summary>The number format of the on-time rate columns (0.8 shows as 80.0%).</summary>
    public const string RateFormat = "0.0%";

    public static void Save(DossierReport report, string path)
    {
        using var stream = File.Create(path);
        Write(report, stream);
    }

    public static void Write(DossierReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var workbook = new WorkbookBuilder();
        var culture = report.Request.Culture;
        var columns = ReportColumns.For(report, culture);
        WriteReportSheet(workbook.AddSheet(Text.Pick(culture, ReportSheetVi, ReportSheetEn)), report, columns, culture);
        WritePunctualitySheet(workbook.AddSheet(Text.Pick(culture, "Đơn vị trễ hạn", "Late units")), report, culture);
        WriteDefinitionsSheet(workbook.AddSheet(Text.Pick(culture, "Cách tính", "Formulas")), report, columns, culture);
        WriteDigitisationSheet(workbook.AddSheet(Text.Pick(culture, "Số hóa", "Digitisation")), report.Digitisation, culture);
        workbook.Save(output);
    }

    private static void WriteReportSheet(SheetBuilder sheet, DossierReport report, IReadOnlyList<ReportColumn> columns, CultureInfo? culture)
    {
        var lastColumn = columns.Count + 3;
        var agency = report.Request.UnitId is null && report.Rows.Count(r => r.Depth == 0) == 1 && report.Request.Grouping == ReportGrouping.Unit
            ? (report.Rows[0].Name, report.Rows[0].Code)
            : (report.ScopeName, report.ScopeCode);
        sheet.Style(Merged(sheet, 1, 1, 1, 4, agency.Item1.ToUpper(culture ?? Text.Vietnamese)), Bold);
        if (agency.Item2 is { } code)
        {
            Merged(sheet, 2, 1, 2, 4, Text.Pick(culture, $"Mã cơ quan: {code}", $"Agency code: {code}"));
        }

        sheet.Style(Merged(sheet, 1, lastColumn - 6, 1, lastColumn, Text.Pick(culture, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")), Bold);
        sheet.Style(Merged(sheet, 2, lastColumn - 6, 2, lastColumn, Text.Pick(culture, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")), Bold);
        sheet.Style(
            Merged(sheet, 4, 1, 4, lastColumn, Text.Pick(culture, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS")),
            s => s with { Bold = true, FontSize = 14 });
        Merged(sheet, 5, 1, 5, lastColumn, Text.Pick(culture, "Kỳ báo cáo: ", "Period: ") + report.Request.Period.Describe(culture));
        sheet.Style(
            Merged(sheet, 6, 1, 6, lastColumn, Text.Pick(culture,
                $"Theo {ReportLabels.GroupingName(report.Request.Grouping, culture).ToLower(culture ?? Text.Vietnamese)}; lập lúc {VietnamTime.Format(report.GeneratedAt)} từ dữ liệu hồ sơ",
                $"By {ReportLabels.GroupingName(report.Request.Grouping, culture).ToLower(culture ?? Text.English)}; produced {VietnamTime.Format(report.GeneratedAt)} from the dossier data")),
            Italic);

        WriteHeaders(sheet, report.Request.Grouping, columns, culture);
        var row = FirstDataRow;
        var number = 0;
        foreach (var reportRow in report.Rows)
        {
            sheet.SetNumber(row, 1, ++number);
            sheet.SetText(row, 2, reportRow.Name);
            sheet.Style(row, 2, s => s with { Indent = reportRow.Depth * 2 });
            sheet.SetText(row, 3, reportRow.Code ?? "");
            WriteFigures(sheet, row, columns, reportRow.Figures);
            if (reportRow.Depth == 0 && report.Request.Grouping == ReportGrouping.Unit)
            {
                sheet.Style(new CellRange(row, 1, row, lastColumn), Bold);
            }

            row++;
        }

        sheet.Merge(new CellRange(row, 1, row, 3)).SetText(row, 1, TotalLabel(culture));
        WriteFigures(sheet, row, columns, report.Total);
        sheet.Style(new CellRange(row, 1, row, lastColumn), s => s with { Bold = true, FillColor = "F2F2F2" });
        sheet.Style(new CellRange(8, 1, row, lastColumn), ThinBorder);
        row += 2;
        var note = Text.Pick(culture, "Ghi chú: ", "Notes: ");
        foreach (var line in report.Notes)
        {
            sheet.Style(Merged(sheet, row, 1, row, lastColumn, note + line), s => s with { WrapText = true });
            sheet.SetRowHeight(row, 30);
            row++;
            note = "";
        }

        sheet.SetColumnWidth(1, 5);
        sheet.SetColumnWidth(2, 42);
        sheet.SetColumnWidth(3, 11);
        for (var c = 4; c <= lastColumn; c++)
        {
            sheet.SetColumnWidth(c, 12);
        }

        sheet.FreezeRows(FirstDataRow - 1);
        sheet.PageLayout = new PageLayout(Landscape: true, FitToOnePageWide: true);
    }

    private static void WriteHeaders(SheetBuilder sheet, ReportGrouping grouping, IReadOnlyList<ReportColumn> columns, CultureInfo? culture)
    {
        const int top = 8;
        Merged(sheet, top, 1, top + 2, 1, Text.Pick(culture, "STT", "No."));
        Merged(sheet, top, 2, top + 2, 2, ReportLabels.GroupingName(grouping, culture));
        Merged(sheet, top, 3, top + 2, 3, Text.Pick(culture, "Mã", "Code"));
        foreach (var group in columns.Select((c, i) => (Column: c, Index: i + 4)).GroupBy(c => c.Column.Group))
        {
            var first = group.Min(c => c.Index);
            var last = group.Max(c => c.Index);
            var subgroups = group.GroupBy(c => c.Column.Subgroup).ToList();
            if (subgroups.Count == 1 && group.Key == group.First().Column.Subgroup && first == last)
            {
                Merged(sheet, top, first, top + 2, first, group.Key);
                continue;
            }

            Merged(sheet, top, first, top, last, group.Key);
            foreach (var subgroup in subgroups)
            {
                var subFirst = subgroup.Min(c => c.Index);
                var subLast = subgroup.Max(c => c.Index);
                if (subFirst == subLast && subgroup.Key == subgroup.First().Column.Header)
                {
                    Merged(sheet, top + 1, subFirst, top + 2, subFirst, subgroup.Key);
                }
                else
                {
                    Merged(sheet, top + 1, subFirst, top + 1, subLast, subgroup.Key);
                    foreach (var (column, index) in subgroup)
                    {
                        sheet.SetText(top + 2, index, column.Header);
                    }
                }
            }
        }

        for (var i = 0; i < columns.Count + 3; i++)
        {
            sheet.SetText(top + 3, i + 1, i < 3 ? $"({i + 1})" : columns[i - 3].Number);
        }

        sheet.Style(
            new CellRange(top, 1, top + 3, columns.Count + 3),
            s => s with { Bold = true, Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true });
        sheet.Style(new CellRange(top + 3, 1, top + 3, columns.Count + 3), s => s with { Bold = false, Italic = true });
        sheet.SetRowHeight(top + 2, 45);
    }

    private static void WriteFigures(SheetBuilder sheet, int row, IReadOnlyList<ReportColumn> columns, DossierFigures figures)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = i + 4;
            var value = columns[i].Value(figures);
            if (value is { } number)
            {
                sheet.SetNumber(row, column, (double)number);
            }
            else
            {
                sheet.SetText(row, column, "-");
                sheet.Style(row, column, s => s with { Horizontal = HorizontalAlignment.Center });
            }

            if (columns[i].IsRate)
            {
                sheet.Style(row, column, s => s with { NumberFormat = RateFormat });
            }
        }
    }

    private static void WritePunctualitySheet(SheetBuilder sheet, DossierReport report, CultureInfo? culture)
    {
        string[] headers =
        [
            Text.Pick(culture, "STT", "No."), Text.Pick(culture, "Đơn vị", "Unit"), Text.Pick(culture, "Mã", "Code"),
            Text.Pick(culture, "Chuyển hồ sơ: tổng", "Handoffs given"), Text.Pick(culture, "Trước hạn", "Early"), Text.Pick(culture, "Đúng hạn", "On time"), Text.Pick(culture, "Quá hạn", "Late"),
            Text.Pick(culture, "Bước xử lý hoàn thành: tổng", "Steps completed"), Text.Pick(culture, "Trước hạn", "Early"), Text.Pick(culture, "Đúng hạn", "On time"), Text.Pick(culture, "Quá hạn", "Late"),
            Text.Pick(culture, "Hồ sơ quá hạn do đơn vị", "Late dossiers attributed"), Text.Pick(culture, "Phiếu xin lỗi", "Apologies"),
        ];
        sheet.Style(Merged(sheet, 1, 1, 1, headers.Length, Text.Pick(culture, "ĐƠN VỊ GIẢI QUYẾT TRỄ HẠN: SỐ LIỆU CỦA CHÍNH ĐƠN VỊ", "LATE UNITS: EACH UNIT'S OWN FIGURES")), Bold);
        Merged(sheet, 2, 1, 2, headers.Length, Text.Pick(culture, "Kỳ báo cáo: ", "Period: ") + report.Request.Period.Describe(culture));
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.SetText(4, i + 1, headers[i]);
        }

        sheet.Style(new CellRange(4, 1, 4, headers.Length), s => s with { Bold = true, WrapText = true });
        var row = 5;
        foreach (var unit in report.UnitPunctuality)
        {
            var own = unit.Own;
            sheet.SetNumber(row, 1, row - 4);
            sheet.SetText(row, 2, unit.Name);
            sheet.Style(row, 2, s => s with { Indent = unit.Depth * 2 });
            sheet.SetText(row, 3, unit.Code ?? "");
            int[] values = [own.Handoffs, own.HandoffsEarly, own.HandoffsOnTime, own.HandoffsLate, own.Steps, own.StepsEarly, own.StepsOnTime, own.StepsLate, own.LateDossiersAttributed, own.ApologiesIssued];
            for (var i = 0; i < values.Length; i++)
            {
                sheet.SetNumber(row, i + 4, values[i]);
            }

            row++;
        }

        sheet.Style(new CellRange(4, 1, row - 1, headers.Length), ThinBorder);
        sheet.SetText(row + 1, 1, Text.Pick(culture,
            $"Hồ sơ quá hạn không có bước nào trễ (không quy được cho đơn vị nào): {report.LateDossiersWithoutLateStep}",
            $"Late dossiers with no late step (attributable to no unit): {report.LateDossiersWithoutLateStep}"));
        sheet.SetText(row + 2, 1, ReportFormulas.LateHandoffs.Formula(culture));
        sheet.SetColumnWidth(1, 5);
        sheet.SetColumnWidth(2, 42);
        for (var c = 3; c <= headers.Length; c++)
        {
            sheet.SetColumnWidth(c, 12);
        }
    }

    private static void WriteDefinitionsSheet(SheetBuilder sheet, DossierReport report, IReadOnlyList<ReportColumn> columns, CultureInfo? culture)
    {
        sheet.SetText(1, 1, Text.Pick(culture, "Cột", "Column"));
        sheet.SetText(1, 2, Text.Pick(culture, "Chỉ tiêu", "Figure"));
        sheet.SetText(1, 3, Text.Pick(culture, "Cách tính", "Formula"));
        sheet.Style(new CellRange(1, 1, 1, 3), Bold);
        var row = 2;
        foreach (var column in columns)
        {
            sheet.SetText(row, 1, column.Number);
            sheet.SetText(row, 2, column.Definition.Name(culture) + (column.Header == column.Definition.Name(culture) ? "" : $" — {column.Header}"));
            sheet.SetText(row, 3, column.Definition.Formula(culture));
            row++;
        }

        row++;
        foreach (var definition in report.Definitions.Where(d => columns.All(c => c.Definition.Id != d.Id)))
        {
            sheet.SetText(row, 2, definition.Name(culture));
            sheet.SetText(row, 3, definition.Formula(culture));
            row++;
        }

        sheet.SetColumnWidth(1, 18);
        sheet.SetColumnWidth(2, 40);
        sheet.SetColumnWidth(3, 120);
        sheet.StyleColumn(3, s => s with { WrapText = true });
    }

    /// <summary>The Decision 766 digitisation figures of the whole scope: numerator, denominator, share ("-" without a denominator) and formula.</summary>
    private static void WriteDigitisationSheet(SheetBuilder sheet, DigitisationFigures figures, CultureInfo? culture)
    {
        string[] headers = [Text.Pick(culture, "Chỉ tiêu", "Figure"), Text.Pick(culture, "Tử số", "Numerator"), Text.Pick(culture, "Mẫu số", "Denominator"),
            Text.Pick(culture, "Tỷ lệ", "Share"), Text.Pick(culture, "Cách tính", "Formula")];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.SetText(1, c + 1, headers[c]);
        }

        sheet.Style(new CellRange(1, 1, 1, headers.Length), Bold);
        var row = 2;
        foreach (var (definition, numerator, denominator, share) in figures.Lines)
        {
            sheet.SetText(row, 1, definition.Name(culture)).SetNumber(row, 2, numerator).SetNumber(row, 3, denominator).SetText(row, 5, definition.Formula(culture));
            if (share is { } value)
            {
                sheet.SetNumber(row, 4, (double)value).Style(row, 4, s => s with { NumberFormat = RateFormat });
            }
            else
            {
                sheet.SetText(row, 4, "-");
            }

            row++;
        }

        sheet.Style(new CellRange(1, 1, row - 1, headers.Length), ThinBorder);
        sheet.SetColumnWidth(1, 44);
        sheet.SetColumnWidth(5, 110);
        sheet.StyleColumn(5, s => s with { WrapText = true });
    }

    internal static string TotalLabel(CultureInfo? culture) => Text.Pick(culture, "Tổng cộng", "Total");

    /// <summary>Merges the range, writes the text in it, and aligns it: centred, except the agency block at the top left.</summary>
    private static CellRange Merged(SheetBuilder sheet, int firstRow, int firstColumn, int lastRow, int lastColumn, string text)
    {
        var range = new CellRange(firstRow, firstColumn, lastRow, lastColumn);
        var horizontal = firstColumn == 1 && firstRow < 8 && lastColumn <= 4 ? HorizontalAlignment.Left : HorizontalAlignment.Center;
        sheet.Merge(range).SetText(firstRow, firstColumn, text);
        sheet.Style(range, s => s with { Horizontal = horizontal, Vertical = VerticalAlignment.Center });
        return range;
    }

    private static CellStyle Bold(CellStyle style) => style with { Bold = true };

    private static CellStyle Italic(CellStyle style) => style with { Italic = true };

    /// <summary>A thin line around every cell of a table, inside lines included.</summary>
    private static CellStyle ThinBorder(CellStyle style) => style with { ThinBorder = true };
}
