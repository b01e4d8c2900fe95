using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Workflow.Engine.Localization;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Excel;
using Workflow.Engine.Spreadsheets;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>The Excel export opens, says what it reports on, and its sums match the report's.</summary>
public sealed class ExcelExportTests(MarchScenario scenario) : IClassFixture<MarchScenario>
{
    // Columns of the report sheet: D total received, E carried over, F new online, G new at the desk or by post,
    // H finished, I early, J on time, K late, L in progress, M within time, N overdue, O withdrawn/stopped, P on-time rate.
    private const int Received = 4, Carried = 5, NewOnline = 6, NewOther = 7, Finished = 8, Early = 9, OnTime = 10, Late = 11,
        InProgress = 12, Within = 13, Overdue = 14, Closed = 15, Rate = 16;

    [Fact]
    public async Task The_workbook_reopens_with_the_title_block_and_totals_equal_to_the_report()
    {
        var report = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, ReportGrouping.Unit));
        var workbook = RoundTrip(report);
        var sheet = workbook.Sheet("Báo cáo");

        Assert.Equal("TỈNH BÌNH MINH", sheet.Text(1, 1));
        Assert.Equal("Mã cơ quan: H55", sheet.Text(2, 1));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sheet.Text(1, Rate - 6));
        Assert.Equal("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", sheet.Text(4, 1));
        Assert.Equal("Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026", sheet.Text(5, 1));
        Assert.Equal("Số hồ sơ nhận giải quyết", sheet.Text(8, Received));
        Assert.Equal("Kỳ trước chuyển qua", sheet.Text(10, Carried));
        Assert.Equal("Quá hạn", sheet.Text(10, Late));
        Assert.Equal("(4)=(5)+(6)+(7)=(8)+(12)+(15)", sheet.Text(11, Received));

        var rows = DataRows(sheet);
        Assert.Equal(["Tỉnh Bình Minh", "Phường Hòa An", "Xã Tân Phú Mỹ"], rows.Select(r => sheet.Text(r, 2)));
        var total = TotalRow(sheet);
        var expected = report.Total;
        Assert.Equal(
            [expected.Received, expected.CarriedOver, expected.NewOnline, expected.NewAtDesk + expected.NewByPost, expected.Finished, expected.FinishedEarly,
             expected.FinishedOnTime, expected.FinishedLate, expected.InProgress, expected.InProgressWithinTime, expected.InProgressOverdue, expected.ClosedWithoutResult],
            Enumerable.Range(Received, 12).Select(c => sheet.Cell(total, c).AsInteger()));
        // 14 = 3 carried + 2 online + 9 desk/post = 10 finished + 3 in progress + 1 withdrawn.
        Assert.Equal([14, 3, 2, 9, 10, 1, 7, 2, 3, 1, 2, 1], Enumerable.Range(Received, 12).Select(c => sheet.Cell(total, c).AsInteger()));
        Assert.Equal(0.8, sheet.Cell(total, Rate).AsNumber(), 6);
        Assert.Equal("0.0%", sheet.Cell(total, Rate).NumberFormat);
        Assert.True(sheet.Cell(total, Rate).IsNumber);
    }

    [Fact]
    public async Task Every_row_adds_up_and_the_top_rows_add_up_to_the_total()
    {
        foreach (var grouping in Enum.GetValues<ReportGrouping>())
        {
            var report = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, grouping));
            var workbook = RoundTrip(report);
            var sheet = workbook.Sheets[0];
            var rows = DataRows(sheet);
            var total = TotalRow(sheet);
            foreach (var row in rows.Append(total))
            {
                int V(int column) => sheet.Cell(row, column).AsInteger();
                Assert.Equal(V(Received), V(Carried) + V(NewOnline) + V(NewOther));
                Assert.Equal(V(Received), V(Finished) + V(InProgress) + V(Closed));
                Assert.Equal(V(Finished), V(Early) + V(OnTime) + V(Late));
                Assert.Equal(V(InProgress), V(Within) + V(Overdue));
            }

            var topRows = rows.Zip(report.Rows).Where(pair => pair.Second.Depth == 0).Select(pair => pair.First).ToList();
            for (var column = Received; column <= Closed; column++)
            {
                Assert.Equal(sheet.Cell(total, column).AsInteger(), topRows.Sum(r => sheet.Cell(r, column).AsInteger()));
            }
        }
    }

    [Fact]
    public async Task The_late_units_and_formulas_sheets_are_there_and_English_is_available()
    {
        var report = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, ReportGrouping.Procedure, Culture: Text.English));
        var workbook = RoundTrip(report);

        var sheet = workbook.Sheet("Report");
        Assert.Equal("HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS", sheet.Text(4, 1));
        Assert.Equal("Birth registration", sheet.Text(PeriodicReportWorkbook.FirstDataRow, 2)[..18]);
        Assert.Equal("1.001193", sheet.Text(PeriodicReportWorkbook.FirstDataRow, 3));
        var late = workbook.Sheet("Late units");
        var hoaAnOffice = Enumerable.Range(5, 10).Single(r => late.Text(r, 3) == "H55.31.01");
        Assert.Equal(1, late.Cell(hoaAnOffice, 7).AsInteger());
        var formulas = workbook.Sheet("Formulas");
        Assert.Contains(Enumerable.Range(1, 40).Select(r => formulas.Text(r, 3)), f => f == "(Early + On time) / Finished; not given when nothing was finished");
    }

    [Fact]
    public async Task The_saved_workbook_passes_the_format_validator_and_keeps_its_layout()
    {
        var report = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, ReportGrouping.Unit));
        using var buffer = new MemoryStream();
        PeriodicReportWorkbook.Write(report, buffer);
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet!;
        var pane = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal("A12", pane.TopLeftCell!.Value);
        Assert.Equal(11, pane.VerticalSplit!.Value);
        var setup = sheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.PageSetup>()!;
        Assert.Equal((9u, DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, 1u, 0u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.Contains(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>(), m => m.Reference!.Value == "A4:P4");
        Assert.Equal([5.7109375, 42.7109375, 11.7109375, 12.7109375], sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Take(4).Select(c => c.Width!.Value));

        // Every cell of the table, header to total, has a thin border; the title rows have none.
        var read = SpreadsheetReader.Read(CopyOf(buffer));
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet!;
        var cells = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToDictionary(c => c.CellReference!.Value!);
        bool Bordered(int row, int column) =>
            cells.TryGetValue(CellReference.Of(row, column), out var cell)
            && styles.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).BorderId!.Value != 0;
        var total = TotalRow(read.Sheet("Báo cáo"));
        Assert.All(Enumerable.Range(8, total - 7).SelectMany(r => Enumerable.Range(1, Rate).Select(c => (r, c))), rc => Assert.True(Bordered(rc.r, rc.c), $"({rc.r}, {rc.c})"));
        Assert.False(Bordered(4, 1));
    }

    private static MemoryStream CopyOf(MemoryStream buffer) => new(buffer.ToArray());

    private static WorkbookContent RoundTrip(DossierReport report)
    {
        using var buffer = new MemoryStream();
        PeriodicReportWorkbook.Write(report, buffer);
        buffer.Position = 0;
        return SpreadsheetReader.Read(buffer);
    }

    private static List<int> DataRows(SheetContent sheet) =>
        Enumerable.Range(PeriodicReportWorkbook.FirstDataRow, 100).TakeWhile(r => !sheet.Cell(r, 1).IsEmpty && sheet.Cell(r, 1).IsNumber).ToList();

    private static int TotalRow(SheetContent sheet) =>
        Enumerable.Range(PeriodicReportWorkbook.FirstDataRow, 100).First(r => sheet.Text(r, 1) is "Tổng cộng" or "Total");
}
