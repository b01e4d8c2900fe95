using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Workflow.Engine.Spreadsheets;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Workflow.Engine.Tests.Spreadsheets;

/// <summary>The reader on files other programs write (shared strings, booleans, rich text) and on files it must refuse.</summary>
public sealed class SpreadsheetReaderTests
{
    [Fact]
    public void Shared_strings_rich_text_booleans_and_built_in_formats_are_read()
    {
        using var file = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(
                new SharedStringItem(new SpreadsheetText("Họ và tên")),
                new SharedStringItem(new Run(new SpreadsheetText("Trần ")), new Run(new RunProperties(new Bold()), new SpreadsheetText("Văn Bình"))),
                new SharedStringItem(new SpreadsheetText("Chức vụ")));
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(new SheetData(
                new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "B1", DataType = CellValues.SharedString, CellValue = new CellValue("2") }) { RowIndex = 1 },
                new Row(
                    new Cell { CellReference = "A2", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "C2", DataType = CellValues.Boolean, CellValue = new CellValue("1") },
                    new Cell { CellReference = "D2", StyleIndex = 1, CellValue = new CellValue("0.25") },
                    new Cell { CellReference = "E2", DataType = CellValues.Error, CellValue = new CellValue("#DIV/0!") },
                    new Cell { CellReference = "F2", CellFormula = new CellFormula("D2*2"), CellValue = new CellValue("0.5") }) { RowIndex = 2 }));
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Cán bộ", SheetId = 1, Id = workbookPart.GetIdOfPart(worksheetPart) }));
        }

        file.Position = 0;
        var sheet = SpreadsheetReader.Read(file).Sheets.Single();

        Assert.Equal("Cán bộ", sheet.Name);
        Assert.Equal("Họ và tên", sheet.Text(1, 1));
        Assert.Equal("Chức vụ", sheet.Text(1, 2));
        Assert.Equal("Trần Văn Bình", sheet.Text(2, 1));
        Assert.True(sheet.Cell(2, 2).IsEmpty);
        Assert.Equal(CellValueKind.Boolean, sheet.Cell(2, 3).Kind);
        Assert.True(sheet.Cell(2, 3).Boolean);
        Assert.Equal(0.25, sheet.Cell(2, 4).AsNumber());
        Assert.Equal("0.00%", sheet.Cell(2, 4).NumberFormat);
        Assert.Equal(CellValueKind.Error, sheet.Cell(2, 5).Kind);
        Assert.Equal("#DIV/0!", sheet.Text(2, 5));
        Assert.Equal(0.5, sheet.Cell(2, 6).AsNumber());
        Assert.Equal(2, sheet.LastRow);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_package_is_refused_with_a_message()
    {
        using var text = new MemoryStream(Encoding.UTF8.GetBytes("STT;Họ và tên\n1;Nguyễn Văn An\n"));

        var refused = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(text));

        Assert.Equal("The file is not an .xlsx workbook: it is not a zip package.", refused.Message);
    }

    [Fact]
    public void A_zip_that_is_not_an_office_document_is_refused_with_a_message()
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("danh-sach.csv").Open());
            writer.Write("STT;Họ và tên");
        }

        file.Position = 0;
        var refused = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(file));

        Assert.Contains("not an Office document", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_is_refused_with_a_message()
    {
        using var file = new MemoryStream();
        using (var document = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Word.Document(new Word.Body(new Word.Paragraph(new Word.Run(new Word.Text("Quyết định")))));
        }

        file.Position = 0;
        var refused = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(file));

        Assert.StartsWith("The file is not an .xlsx workbook", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_rows_or_too_large_a_part_is_refused_before_it_is_read()
    {
        var workbook = new WorkbookBuilder();
        var sheet = workbook.AddSheet("Dữ liệu");
        for (var row = 1; row <= 200; row++)
        {
            sheet.SetText(row, 1, new string('x', 100)).SetNumber(row, 2, row);
        }

        using var file = WorkbookRoundTripTests.Save(workbook);
        Assert.Equal(200, SpreadsheetReader.Read(file).Sheets.Single().LastRow);

        file.Position = 0;
        var rows = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(file, new SpreadsheetReadLimits { MaxRows = 100 }));
        Assert.Equal("The workbook has more than 100 rows; at most 100 are read.", rows.Message);

        file.Position = 0;
        var length = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(file, new SpreadsheetReadLimits { MaxFileBytes = 1_000 }));
        Assert.Equal("The file is larger than 1000 bytes; larger files are not read.", length.Message);

        file.Position = 0;
        var size = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(file, new SpreadsheetReadLimits { MaxPartBytes = 10_000 }));
        Assert.Contains("bytes decompressed; at most 10000 are read", size.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_highly_compressed_part_is_refused_by_its_declared_size()
    {
        // One megabyte of zeros compresses to about a kilobyte: the declared size is what counts.
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[1024 * 1024]);
        }

        Assert.True(file.Length < 16 * 1024);
        file.Position = 0;
        var refused = Assert.Throws<SpreadsheetFormatException>(() => SpreadsheetReader.Read(file, new SpreadsheetReadLimits { MaxPartBytes = 512 * 1024 }));

        Assert.Equal("The part xl/worksheets/sheet1.xml is 1048576 bytes decompressed; at most 524288 are read.", refused.Message);
    }
}
