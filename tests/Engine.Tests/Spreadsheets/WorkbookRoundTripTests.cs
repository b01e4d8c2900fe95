using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Workflow.Engine.Spreadsheets;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Workflow.Engine.Tests.Spreadsheets;

/// <summary>What the workbook builder writes, the reader reads back, and the file is one the format's validator accepts.</summary>
public sealed class WorkbookRoundTripTests
{
    [Fact]
    public void Vietnamese_text_numbers_merges_and_number_formats_come_back()
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Danh sách cán bộ");
        sheet.Merge(new CellRange(1, 1, 1, 3)).SetText(1, 1, "DANH SÁCH CÁN BỘ, CÔNG CHỨC — Phường Hòa An");
        sheet.SetText(2, 1, "  Nguyễn Thị Ánh Tuyết  ");
        sheet.SetText(2, 2, "Trưởng phòng Tư pháp - Hộ tịch");
        sheet.SetNumber(2, 3, 0.8).Style(2, 3, s => s with { NumberFormat = "0.0%" });
        sheet.SetNumber(3, 1, -42);
        sheet.SetNumber(3, 2, 1_234_567.891);
        sheet.SetNumber(3, 3, 0.1 + 0.2);
        sheet.SetText(4, 1, "");
        workbook.AddSheet("Trống");

        var read = RoundTrip(workbook);

        Assert.Equal(["Danh sách cán bộ", "Trống"], read.Sheets.Select(s => s.Name));
        var content = read.Sheet("danh sách cán bộ");
        Assert.Equal("DANH SÁCH CÁN BỘ, CÔNG CHỨC — Phường Hòa An", content.Text(1, 1));
        Assert.True(content.Cell(1, 2).IsEmpty);
        Assert.Equal([new CellRange(1, 1, 1, 3)], content.Merges);
        Assert.Equal("  Nguyễn Thị Ánh Tuyết  ", content.Text(2, 1));
        Assert.Equal(CellValueKind.Text, content.Cell(2, 2).Kind);
        Assert.Equal(0.8, content.Cell(2, 3).AsNumber());
        Assert.Equal("0.0%", content.Cell(2, 3).NumberFormat);
        Assert.Equal("General", content.Cell(3, 1).NumberFormat);
        Assert.Equal(-42, content.Cell(3, 1).AsInteger());
        Assert.Equal(1_234_567.891, content.Cell(3, 2).AsNumber());
        Assert.Equal(0.1 + 0.2, content.Cell(3, 3).AsNumber());
        Assert.Equal(CellValueKind.Text, content.Cell(4, 1).Kind);
        Assert.Empty(read.Sheet("Trống").Cells);
        Assert.Throws<KeyNotFoundException>(() => read.Sheet("Sheet1"));
    }

    [Fact]
    public void Styles_layout_and_page_setup_are_in_the_saved_file_and_each_style_is_written_once()
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Báo cáo");
        for (var row = 1; row <= 20; row++)
        {
            for (var column = 1; column <= 5; column++)
            {
                sheet.SetNumber(row, column, row * column);
            }
        }

        sheet.Style(new CellRange(1, 1, 20, 5), s => s with { ThinBorder = true });
        sheet.Style(new CellRange(1, 1, 1, 5), s => s with { Bold = true, Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true });
        sheet.Style(new CellRange(20, 1, 20, 5), s => s with { Bold = true, FillColor = "#f2f2f2" });
        sheet.Style(2, 2, s => s with { Italic = true, FontSize = 14, Indent = 2 });
        sheet.Style(3, 5, s => s with { NumberFormat = "0.0%" });
        sheet.Merge(new CellRange(22, 1, 23, 5)).SetText(22, 1, "Ghi chú");
        sheet.SetColumnWidth(2, 42).SetRowHeight(1, 45).FreezeRows(1);
        sheet.PageLayout = new PageLayout(Landscape: true, FitToOnePageWide: true);

        using var file = Save(workbook);
        using var document = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var part = document.WorkbookPart.WorksheetParts.Single();
        var worksheet = part.Worksheet!;
        var cells = worksheet.Descendants<Spreadsheet.Cell>().ToDictionary(c => c.CellReference!.Value!);
        Spreadsheet.CellFormat Format(string reference) =>
            stylesheet.CellFormats!.Elements<Spreadsheet.CellFormat>().ElementAt((int)(cells[reference].StyleIndex?.Value ?? 0));

        // Default, border, header, total, italic, rate: six cell formats for 100 styled cells; fonts normal, bold, italic 14.
        Assert.Equal(6, stylesheet.CellFormats!.Count());
        Assert.Equal(3, stylesheet.Fonts!.Count());
        Assert.Equal(3, stylesheet.Fills!.Count());
        Assert.Equal(2, stylesheet.Borders!.Count());

        var header = Format("C1");
        Assert.NotNull(stylesheet.Fonts!.Elements<Spreadsheet.Font>().ElementAt((int)header.FontId!.Value).GetFirstChild<Spreadsheet.Bold>());
        Assert.Equal(Spreadsheet.HorizontalAlignmentValues.Center, header.Alignment!.Horizontal!.Value);
        Assert.Equal(Spreadsheet.VerticalAlignmentValues.Center, header.Alignment.Vertical!.Value);
        Assert.True(header.Alignment.WrapText!.Value);
        var border = stylesheet.Borders!.Elements<Spreadsheet.Border>().ElementAt((int)header.BorderId!.Value);
        Assert.Equal(Spreadsheet.BorderStyleValues.Thin, border.LeftBorder!.Style!.Value);
        Assert.Equal(Spreadsheet.BorderStyleValues.Thin, border.BottomBorder!.Style!.Value);
        Assert.Equal(header.BorderId.Value, Format("D10").BorderId!.Value);
        var fill = stylesheet.Fills!.Elements<Spreadsheet.Fill>().ElementAt((int)Format("A20").FillId!.Value);
        Assert.Equal("FFF2F2F2", fill.PatternFill!.ForegroundColor!.Rgb!.Value);
        var italic = Format("B2");
        var italicFont = stylesheet.Fonts!.Elements<Spreadsheet.Font>().ElementAt((int)italic.FontId!.Value);
        Assert.NotNull(italicFont.GetFirstChild<Spreadsheet.Italic>());
        Assert.Equal(14, italicFont.GetFirstChild<Spreadsheet.FontSize>()!.Val!.Value);
        Assert.Equal(2u, italic.Alignment!.Indent!.Value);
        Assert.Equal("0.0%", stylesheet.NumberingFormats!.Elements<Spreadsheet.NumberingFormat>().Single(f => f.NumberFormatId!.Value == Format("E3").NumberFormatId!.Value).FormatCode!.Value);

        Assert.Equal("A22:E23", worksheet.Descendants<Spreadsheet.MergeCell>().Single().Reference!.Value);
        Assert.Equal(42.7109375, worksheet.Descendants<Spreadsheet.Column>().Single().Width!.Value);
        Assert.Equal(45, worksheet.Descendants<Spreadsheet.Row>().First().Height!.Value);
        var pane = worksheet.Descendants<Spreadsheet.Pane>().Single();
        Assert.Equal(Spreadsheet.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var setup = worksheet.GetFirstChild<Spreadsheet.PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(Spreadsheet.OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(worksheet.GetFirstChild<Spreadsheet.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
    }

    [Fact]
    public void A_column_style_reaches_the_cells_written_before_and_after_it()
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Cách tính");
        sheet.SetText(1, 3, "trước");
        sheet.StyleColumn(3, s => s with { WrapText = true });
        sheet.SetText(2, 3, "sau");

        using var file = Save(workbook);
        using var document = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<Spreadsheet.CellFormat>().ToList();
        var worksheet = document.WorkbookPart.WorksheetParts.Single().Worksheet!;
        Assert.All(
            worksheet.Descendants<Spreadsheet.Cell>().Select(c => c.StyleIndex!.Value).Append(worksheet.Descendants<Spreadsheet.Column>().Single().Style!.Value),
            index => Assert.True(formats[(int)index].Alignment!.WrapText!.Value));
    }

    [Fact]
    public void Bad_names_ranges_and_numbers_are_refused_when_built()
    {
        var workbook = new WorkbookBuilder();
        Assert.Throws<InvalidOperationException>(() => workbook.Save(new MemoryStream()));
        var sheet = workbook.AddSheet("Báo cáo");
        Assert.Throws<ArgumentException>(() => workbook.AddSheet("báo cáo"));
        Assert.Throws<ArgumentException>(() => workbook.AddSheet("Quý 1/2026"));
        Assert.Throws<ArgumentException>(() => workbook.AddSheet(new string('x', 32)));
        sheet.Merge(new CellRange(1, 1, 2, 2));
        Assert.Throws<ArgumentException>(() => sheet.Merge(new CellRange(2, 2, 3, 3)));
        Assert.Throws<ArgumentException>(() => sheet.Merge(CellRange.Single(5, 5)));
        Assert.Throws<ArgumentException>(() => new CellRange(2, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => sheet.SetText(0, 1, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => sheet.SetNumber(1, 1, double.NaN));
        Assert.Throws<ArgumentException>(() => CellStyle.Default with { FillColor = "red" });
    }

    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(12, 26, "Z12")]
    [InlineData(3, 27, "AA3")]
    [InlineData(1_048_576, 16_384, "XFD1048576")]
    public void Cell_references_convert_both_ways(int row, int column, string reference)
    {
        Assert.Equal(reference, CellReference.Of(row, column));
        Assert.True(CellReference.TryParse(reference, out var parsedRow, out var parsedColumn));
        Assert.Equal((row, column), (parsedRow, parsedColumn));
    }

    [Fact]
    public void A_workbook_saved_to_a_stream_that_cannot_seek_reads_back_as_one_saved_in_place()
    {
        var workbook = new WorkbookBuilder();
        workbook.AddSheet("Một").SetText(1, 1, "Hòa An");
        using var inPlace = Save(workbook);
        using var copied = new MemoryStream();

        workbook.Save(new ForwardOnlyStream(copied));

        Assert.Equal("Hòa An", SpreadsheetReader.Read(inPlace).Sheet("Một").Text(1, 1));
        Assert.Equal("Hòa An", SpreadsheetReader.Read(new MemoryStream(copied.ToArray())).Sheet("Một").Text(1, 1));
    }

    /// <summary>Writes through to a stream without seeking or reading, as a web response does.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    internal static MemoryStream Save(WorkbookBuilder workbook)
    {
        var file = new MemoryStream();
        workbook.Save(file);
        file.Position = 0;
        return file;
    }

    private static WorkbookContent RoundTrip(WorkbookBuilder workbook)
    {
        using var file = Save(workbook);
        return SpreadsheetReader.Read(file);
    }
}
