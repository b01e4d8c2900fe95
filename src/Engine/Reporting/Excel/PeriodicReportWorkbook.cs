using System.Globalization;
using ClosedXML.Excel;
using Workflow.Engine.Calendars;
using Workflow.Engine.Localization;

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

    public static void Save(DossierReport report, string path)
    {
        using var stream = File.Create(path);
        Write(report, stream);
    }

    public static void Write(DossierReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        var culture = report.Request.Culture;
        var columns = ReportColumns.For(report, culture);
        WriteReportSheet(workbook.Worksheets.Add(Text.Pick(culture, ReportSheetVi, ReportSheetEn)), report, columns, culture);
        WritePunctualitySheet(workbook.Worksheets.Add(Text.Pick(culture, "Đơn vị trễ hạn", "Late units")), report, culture);
        WriteDefinitionsSheet(workbook.Worksheets.Add(Text.Pick(culture, "Cách tính", "Formulas")), report, columns, culture);
        workbook.SaveAs(output);
    }

    private static void WriteReportSheet(IXLWorksheet sheet, DossierReport report, IReadOnlyList<ReportColumn> columns, CultureInfo? culture)
    {
        var lastColumn = columns.Count + 3;
        var agency = report.Request.UnitId is null && report.Rows.Count(r => r.Depth == 0) == 1 && report.Request.Grouping == ReportGrouping.Unit
            ? (report.Rows[0].Name, report.Rows[0].Code)
            : (report.ScopeName, report.ScopeCode);
        Merged(sheet, 1, 1, 1, 4, agency.Item1.ToUpper(culture ?? Text.Vietnamese)).Style.Font.SetBold();
        if (agency.Item2 is { } code)
        {
            Merged(sheet, 2, 1, 2, 4, Text.Pick(culture, $"Mã cơ quan: {code}", $"Agency code: {code}"));
        }

        Merged(sheet, 1, lastColumn - 6, 1, lastColumn, Text.Pick(culture, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")).Style.Font.SetBold();
        Merged(sheet, 2, lastColumn - 6, 2, lastColumn, Text.Pick(culture, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")).Style.Font.SetBold();
        Merged(sheet, 4, 1, 4, lastColumn, Text.Pick(culture, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS")).Style.Font.SetBold().Font.SetFontSize(14);
        Merged(sheet, 5, 1, 5, lastColumn, Text.Pick(culture, "Kỳ báo cáo: ", "Period: ") + report.Request.Period.Describe(culture));
        Merged(sheet, 6, 1, 6, lastColumn, Text.Pick(culture,
            $"Theo {ReportLabels.GroupingName(report.Request.Grouping, culture).ToLower(culture ?? Text.Vietnamese)}; lập lúc {VietnamTime.Format(report.GeneratedAt)} từ dữ liệu hồ sơ",
            $"By {ReportLabels.GroupingName(report.Request.Grouping, culture).ToLower(culture ?? Text.English)}; produced {VietnamTime.Format(report.GeneratedAt)} from the dossier data")).Style.Font.SetItalic();

        WriteHeaders(sheet, report.Request.Grouping, columns, culture);
        var row = FirstDataRow;
        var number = 0;
        foreach (var reportRow in report.Rows)
        {
            sheet.Cell(row, 1).Value = ++number;
            sheet.Cell(row, 2).Value = reportRow.Name;
            sheet.Cell(row, 2).Style.Alignment.Indent = reportRow.Depth * 2;
            sheet.Cell(row, 3).Value = reportRow.Code ?? "";
            WriteFigures(sheet, row, columns, reportRow.Figures);
            if (reportRow.Depth == 0 && report.Request.Grouping == ReportGrouping.Unit)
            {
                sheet.Range(row, 1, row, lastColumn).Style.Font.SetBold();
            }

            row++;
        }

        sheet.Range(row, 1, row, 3).Merge().Value = TotalLabel(culture);
        WriteFigures(sheet, row, columns, report.Total);
        sheet.Range(row, 1, row, lastColumn).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"));
        var table = sheet.Range(8, 1, row, lastColumn);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        row += 2;
        var note = Text.Pick(culture, "Ghi chú: ", "Notes: ");
        foreach (var line in report.Notes)
        {
            Merged(sheet, row++, 1, row - 1, lastColumn, note + line).Style.Alignment.SetWrapText();
            sheet.Row(row - 1).Height = 30;
            note = "";
        }

        sheet.Column(1).Width = 5;
        sheet.Column(2).Width = 42;
        sheet.Column(3).Width = 11;
        for (var c = 4; c <= lastColumn; c++)
        {
            sheet.Column(c).Width = 12;
        }

        sheet.SheetView.FreezeRows(FirstDataRow - 1);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
    }

    private static void WriteHeaders(IXLWorksheet sheet, ReportGrouping grouping, IReadOnlyList<ReportColumn> columns, CultureInfo? culture)
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
                        sheet.Cell(top + 2, index).Value = column.Header;
                    }
                }
            }
        }

        for (var i = 0; i < columns.Count + 3; i++)
        {
            sheet.Cell(top + 3, i + 1).Value = i < 3 ? $"({i + 1})" : columns[i - 3].Number;
        }

        var header = sheet.Range(top, 1, top + 3, columns.Count + 3);
        header.Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center).Alignment.SetWrapText();
        sheet.Range(top + 3, 1, top + 3, columns.Count + 3).Style.Font.SetBold(false).Font.SetItalic();
        sheet.Row(top + 2).Height = 45;
    }

    private static void WriteFigures(IXLWorksheet sheet, int row, IReadOnlyList<ReportColumn> columns, DossierFigures figures)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(row, i + 4);
            var value = columns[i].Value(figures);
            if (value is { } number)
            {
                cell.Value = number;
            }
            else
            {
                cell.Value = "-";
                cell.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
            }

            if (columns[i].IsRate)
            {
                cell.Style.NumberFormat.Format = "0.0%";
            }
        }
    }

    private static void WritePunctualitySheet(IXLWorksheet sheet, DossierReport report, CultureInfo? culture)
    {
        string[] headers =
        [
            Text.Pick(culture, "STT", "No."), Text.Pick(culture, "Đơn vị", "Unit"), Text.Pick(culture, "Mã", "Code"),
            Text.Pick(culture, "Chuyển hồ sơ: tổng", "Handoffs given"), Text.Pick(culture, "Trước hạn", "Early"), Text.Pick(culture, "Đúng hạn", "On time"), Text.Pick(culture, "Quá hạn", "Late"),
            Text.Pick(culture, "Bước xử lý hoàn thành: tổng", "Steps completed"), Text.Pick(culture, "Trước hạn", "Early"), Text.Pick(culture, "Đúng hạn", "On time"), Text.Pick(culture, "Quá hạn", "Late"),
            Text.Pick(culture, "Hồ sơ quá hạn do đơn vị", "Late dossiers attributed"), Text.Pick(culture, "Phiếu xin lỗi", "Apologies"),
        ];
        Merged(sheet, 1, 1, 1, headers.Length, Text.Pick(culture, "ĐƠN VỊ GIẢI QUYẾT TRỄ HẠN: SỐ LIỆU CỦA CHÍNH ĐƠN VỊ", "LATE UNITS: EACH UNIT'S OWN FIGURES")).Style.Font.SetBold();
        Merged(sheet, 2, 1, 2, headers.Length, Text.Pick(culture, "Kỳ báo cáo: ", "Period: ") + report.Request.Period.Describe(culture));
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(4, i + 1).Value = headers[i];
        }

        sheet.Range(4, 1, 4, headers.Length).Style.Font.SetBold().Alignment.SetWrapText();
        var row = 5;
        foreach (var unit in report.UnitPunctuality)
        {
            var own = unit.Own;
            sheet.Cell(row, 1).Value = row - 4;
            sheet.Cell(row, 2).Value = unit.Name;
            sheet.Cell(row, 2).Style.Alignment.Indent = unit.Depth * 2;
            sheet.Cell(row, 3).Value = unit.Code ?? "";
            int[] values = [own.Handoffs, own.HandoffsEarly, own.HandoffsOnTime, own.HandoffsLate, own.Steps, own.StepsEarly, own.StepsOnTime, own.StepsLate, own.LateDossiersAttributed, own.ApologiesIssued];
            for (var i = 0; i < values.Length; i++)
            {
                sheet.Cell(row, i + 4).Value = values[i];
            }

            row++;
        }

        sheet.Range(4, 1, row - 1, headers.Length).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        sheet.Cell(row + 1, 1).Value = Text.Pick(culture,
            $"Hồ sơ quá hạn không có bước nào trễ (không quy được cho đơn vị nào): {report.LateDossiersWithoutLateStep}",
            $"Late dossiers with no late step (attributable to no unit): {report.LateDossiersWithoutLateStep}");
        sheet.Cell(row + 2, 1).Value = ReportFormulas.LateHandoffs.Formula(culture);
        sheet.Column(1).Width = 5;
        sheet.Column(2).Width = 42;
        for (var c = 3; c <= headers.Length; c++)
        {
            sheet.Column(c).Width = 12;
        }
    }

    private static void WriteDefinitionsSheet(IXLWorksheet sheet, DossierReport report, IReadOnlyList<ReportColumn> columns, CultureInfo? culture)
    {
        sheet.Cell(1, 1).Value = Text.Pick(culture, "Cột", "Column");
        sheet.Cell(1, 2).Value = Text.Pick(culture, "Chỉ tiêu", "Figure");
        sheet.Cell(1, 3).Value = Text.Pick(culture, "Cách tính", "Formula");
        sheet.Range(1, 1, 1, 3).Style.Font.SetBold();
        var row = 2;
        foreach (var column in columns)
        {
            sheet.Cell(row, 1).Value = column.Number;
            sheet.Cell(row, 2).Value = column.Definition.Name(culture) + (column.Header == column.Definition.Name(culture) ? "" : $" — {column.Header}");
            sheet.Cell(row, 3).Value = column.Definition.Formula(culture);
            row++;
        }

        row++;
        foreach (var definition in report.Definitions.Where(d => columns.All(c => c.Definition.Id != d.Id)))
        {
            sheet.Cell(row, 2).Value = definition.Name(culture);
            sheet.Cell(row, 3).Value = definition.Formula(culture);
            row++;
        }

        sheet.Column(1).Width = 18;
        sheet.Column(2).Width = 40;
        sheet.Column(3).Width = 120;
        sheet.Column(3).Style.Alignment.SetWrapText();
    }

    internal static string TotalLabel(CultureInfo? culture) => Text.Pick(culture, "Tổng cộng", "Total");

    private static IXLRange Merged(IXLWorksheet sheet, int firstRow, int firstColumn, int lastRow, int lastColumn, string text)
    {
        var range = sheet.Range(firstRow, firstColumn, lastRow, lastColumn).Merge();
        range.Value = text;
        range.Style.Alignment.SetHorizontal(firstColumn == 1 && firstRow < 8 && lastColumn <= 4 ? XLAlignmentHorizontalValues.Left : XLAlignmentHorizontalValues.Center);
        range.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        return range;
    }
}
