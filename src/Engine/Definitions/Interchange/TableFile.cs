using System.Globalization;
using System.Text;
using Workflow.Engine.Localization;
using Workflow.Engine.Spreadsheets;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Reads the rows of an imported file: the first sheet of an .xlsx workbook, or a CSV file (UTF-8, comma or
/// semicolon, quoted cells may hold line breaks). Every cell becomes its text; a number keeps its shortest form.
/// </summary>
public static class TableFile
{
    /// <summary>Reads <paramref name="input"/>; <paramref name="fileName"/> says which format it is (.xlsx or .csv).</summary>
    /// <exception cref="TableFileException">The file is neither, or cannot be read; the message is a sentence.</exception>
    public static IReadOnlyList<TableRow> Read(Stream input, string fileName, CultureInfo? culture = null)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => ReadWorkbook(input, culture),
            ".csv" or ".txt" => CsvText.Parse(ReadText(input)),
            _ => throw new TableFileException(Text.Pick(culture,
                $"Tệp \"{Path.GetFileName(fileName)}\" không phải .xlsx hay .csv; lưu bảng ở một trong hai định dạng đó rồi nhập lại.",
                $"\"{Path.GetFileName(fileName)}\" is neither .xlsx nor .csv; save the table in one of them and import it again.")),
        };
    }

    public static IReadOnlyList<TableRow> Read(string path, CultureInfo? culture = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path, culture);
    }

    private static IReadOnlyList<TableRow> ReadWorkbook(Stream input, CultureInfo? culture)
    {
        WorkbookContent workbook;
        try
        {
            workbook = SpreadsheetReader.Read(input);
        }
        catch (SpreadsheetFormatException e)
        {
            throw new TableFileException(Text.Pick(culture,
                $"Không đọc được tệp .xlsx: {e.Message} Mở tệp bằng phần mềm bảng tính, lưu lại dạng .xlsx rồi nhập lại.",
                $"The .xlsx file cannot be read: {e.Message} Open it in a spreadsheet program, save it as .xlsx and import it again."), e);
        }

        var sheet = workbook.Sheets.FirstOrDefault() ?? throw new TableFileException(Text.Pick(culture, "Tệp .xlsx không có trang tính nào.", "The .xlsx file has no sheet."));
        var columns = sheet.Cells.Count == 0 ? 0 : sheet.Cells.Keys.Max(k => k.Column);
        var rows = new List<TableRow>();
        foreach (var number in sheet.Cells.Keys.Select(k => k.Row).Distinct().Order())
        {
            rows.Add(new TableRow(number, Enumerable.Range(1, columns).Select(c => sheet.Text(number, c)).ToList()));
        }

        return rows;
    }

    private static string ReadText(Stream input)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new TableFileException(Text.Pick(null,
                "Tệp CSV không ở mã UTF-8; lưu lại với mã UTF-8 (CSV UTF-8) rồi nhập lại.",
                "The CSV file is not UTF-8; save it as CSV UTF-8 and import it again."), e);
        }
    }
}
