using ClosedXML.Excel;
using Workflow.Engine.Localization;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Excel;

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
        using var workbook = RoundTrip(report);
        var sheet = workbook.Worksheet("Báo cáo");

        Assert.Equal("TỈNH BÌNH MINH", sheet.Cell(1, 1).GetString());
        Assert.Equal("Mã cơ quan: H55", sheet.Cell(2, 1).GetString());
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sheet.Cell(1, Rate - 6).GetString());
        Assert.Equal("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", sheet.Cell(4, 1).GetString());
        Assert.Equal("Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026", sheet.Cell(5, 1).GetString());
        Assert.Equal("Số hồ sơ nhận giải quyết", sheet.Cell(8, Received).GetString());
        Assert.Equal("Kỳ trước chuyển qua", sheet.Cell(10, Carried).GetString());
        Assert.Equal("Quá hạn", sheet.Cell(10, Late).GetString());
        Assert.Equal("(4)=(5)+(6)+(7)=(8)+(12)+(15)", sheet.Cell(11, Received).GetString());

        var rows = DataRows(sheet);
        Assert.Equal(["Tỉnh Bình Minh", "Phường Hòa An", "Xã Tân Phú Mỹ"], rows.Select(r => sheet.Cell(r, 2).GetString()));
        var total = TotalRow(sheet);
        var expected = report.Total;
        Assert.Equal(
            [expected.Received, expected.CarriedOver, expected.NewOnline, expected.NewAtDesk + expected.NewByPost, expected.Finished, expected.FinishedEarly,
             expected.FinishedOnTime, expected.FinishedLate, expected.InProgress, expected.InProgressWithinTime, expected.InProgressOverdue, expected.ClosedWithoutResult],
            Enumerable.Range(Received, 12).Select(c => sheet.Cell(total, c).GetValue<int>()));
        // 14 = 3 carried + 2 online + 9 desk/post = 10 finished + 3 in progress + 1 withdrawn.
        Assert.Equal([14, 3, 2, 9, 10, 1, 7, 2, 3, 1, 2, 1], Enumerable.Range(Received, 12).Select(c => sheet.Cell(total, c).GetValue<int>()));
        Assert.Equal(0.8, sheet.Cell(total, Rate).GetDouble(), 6);
        Assert.Equal("0.0%", sheet.Cell(total, Rate).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Every_row_adds_up_and_the_top_rows_add_up_to_the_total()
    {
        foreach (var grouping in Enum.GetValues<ReportGrouping>())
        {
            var report = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, grouping));
            using var workbook = RoundTrip(report);
            var sheet = workbook.Worksheet(1);
            var rows = DataRows(sheet);
            var total = TotalRow(sheet);
            foreach (var row in rows.Append(total))
            {
                int V(int column) => sheet.Cell(row, column).GetValue<int>();
                Assert.Equal(V(Received), V(Carried) + V(NewOnline) + V(NewOther));
                Assert.Equal(V(Received), V(Finished) + V(InProgress) + V(Closed));
                Assert.Equal(V(Finished), V(Early) + V(OnTime) + V(Late));
                Assert.Equal(V(InProgress), V(Within) + V(Overdue));
            }

            var topRows = rows.Zip(report.Rows).Where(pair => pair.Second.Depth == 0).Select(pair => pair.First).ToList();
            for (var column = Received; column <= Closed; column++)
            {
                Assert.Equal(sheet.Cell(total, column).GetValue<int>(), topRows.Sum(r => sheet.Cell(r, column).GetValue<int>()));
            }
        }
    }

    [Fact]
    public async Task The_late_units_and_formulas_sheets_are_there_and_English_is_available()
    {
        var report = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, ReportGrouping.Procedure, Culture: Text.English));
        using var workbook = RoundTrip(report);

        var sheet = workbook.Worksheet("Report");
        Assert.Equal("HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS", sheet.Cell(4, 1).GetString());
        Assert.Equal("Birth registration", sheet.Cell(PeriodicReportWorkbook.FirstDataRow, 2).GetString()[..18]);
        Assert.Equal("1.001193", sheet.Cell(PeriodicReportWorkbook.FirstDataRow, 3).GetString());
        var late = workbook.Worksheet("Late units");
        var hoaAnOffice = Enumerable.Range(5, 10).Single(r => late.Cell(r, 3).GetString() == "H55.31.01");
        Assert.Equal(1, late.Cell(hoaAnOffice, 7).GetValue<int>());
        var formulas = workbook.Worksheet("Formulas");
        Assert.Contains(Enumerable.Range(1, 40).Select(r => formulas.Cell(r, 3).GetString()), f => f == "(Early + On time) / Finished; not given when nothing was finished");
    }

    private static XLWorkbook RoundTrip(DossierReport report)
    {
        var buffer = new MemoryStream();
        PeriodicReportWorkbook.Write(report, buffer);
        buffer.Position = 0;
        return new XLWorkbook(buffer);
    }

    private static List<int> DataRows(IXLWorksheet sheet) =>
        Enumerable.Range(PeriodicReportWorkbook.FirstDataRow, 100).TakeWhile(r => !sheet.Cell(r, 1).IsEmpty() && sheet.Cell(r, 1).DataType == XLDataType.Number).ToList();

    private static int TotalRow(IXLWorksheet sheet) =>
        Enumerable.Range(PeriodicReportWorkbook.FirstDataRow, 100).First(r => sheet.Cell(r, 1).GetString() is "Tổng cộng" or "Total");
}
