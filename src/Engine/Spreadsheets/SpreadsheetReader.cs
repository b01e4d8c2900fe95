using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// Reads an .xlsx file into sheets of cells: text (inline or from the shared-string table), numbers, booleans and
/// errors, with each cell's number format code. Formulas are not evaluated: a formula cell gives the value the file
/// last saved. Anything that is not such a workbook, or goes past <see cref="SpreadsheetReadLimits"/>, is refused
/// with a <see cref="SpreadsheetFormatException"/>.
/// </summary>
public static class SpreadsheetReader
{
    public static WorkbookContent Read(string path, SpreadsheetReadLimits? limits = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, limits);
    }

    public static WorkbookContent Read(Stream input, SpreadsheetReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        limits ??= SpreadsheetReadLimits.Default;
        var package = Seekable(input, limits);
        try
        {
            CheckPackage(package, limits);
            package.Position = 0;
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes, AutoSave = false };
            using var document = SpreadsheetDocument.Open(package, false, settings);
            return ReadDocument(document, limits);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or ArgumentException)
        {
            throw new SpreadsheetFormatException($"The file is not an .xlsx workbook that can be read: {e.Message}", e);
        }
        finally
        {
            if (!ReferenceEquals(package, input))
            {
                package.Dispose();
            }
        }
    }

    /// <summary>The package reader seeks; a stream that cannot is copied, up to the size a file may have.</summary>
    private static Stream Seekable(Stream input, SpreadsheetReadLimits limits)
    {
        if (input.CanSeek)
        {
            if (input.Length - input.Position > limits.MaxFileBytes)
            {
                throw TooLarge(limits);
            }

            return input;
        }

        var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (copy.Length + read > limits.MaxFileBytes)
            {
                copy.Dispose();
                throw TooLarge(limits);
            }

            copy.Write(chunk, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static SpreadsheetFormatException TooLarge(SpreadsheetReadLimits limits) =>
        new($"The file is larger than {limits.MaxFileBytes} bytes; larger files are not read.");

    /// <summary>
    /// Checks the zip directory before anything is decompressed: the sizes it declares are the most the decompressor
    /// will produce, so refusing large declared sizes refuses zip bombs.
    /// </summary>
    private static void CheckPackage(Stream package, SpreadsheetReadLimits limits)
    {
        var start = package.Position;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxParts)
            {
                throw new SpreadsheetFormatException($"The file has {zip.Entries.Count} parts; at most {limits.MaxParts} are read.");
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new SpreadsheetFormatException("The file is a zip archive but not an Office document (it has no [Content_Types].xml).");
            }

            if (zip.Entries.FirstOrDefault(e => e.Length > limits.MaxPartBytes) is { } entry)
            {
                throw new SpreadsheetFormatException($"The part {entry.FullName} is {entry.Length} bytes decompressed; at most {limits.MaxPartBytes} are read.");
            }
        }
        catch (InvalidDataException e)
        {
            throw new SpreadsheetFormatException("The file is not an .xlsx workbook: it is not a zip package.", e);
        }
        finally
        {
            package.Position = start;
        }
    }

    private static WorkbookContent ReadDocument(SpreadsheetDocument document, SpreadsheetReadLimits limits)
    {
        var workbookPart = document.WorkbookPart ?? throw new SpreadsheetFormatException("The file is an Office document but not a workbook (it has no workbook part).");
        var sharedStrings = SharedStrings(workbookPart);
        var formats = CellFormatCodes(workbookPart);
        var rowsLeft = limits.MaxRows;
        var sheets = new List<SheetContent>();
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                // Chart sheets and dialog sheets hold no cells.
                continue;
            }

            sheets.Add(ReadSheet(sheet.Name?.Value ?? "", part, sharedStrings, formats, limits, ref rowsLeft));
        }

        return new WorkbookContent(sheets);
    }

    private static SheetContent ReadSheet(
        string name, WorksheetPart part, IReadOnlyList<string> sharedStrings, IReadOnlyList<string> formats, SpreadsheetReadLimits limits, ref int rowsLeft)
    {
        var cells = new Dictionary<(int Row, int Column), CellContent>();
        var merges = new List<CellRange>();
        var row = 0;
        var column = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                if (--rowsLeft < 0)
                {
                    throw new SpreadsheetFormatException($"The workbook has more than {limits.MaxRows} rows; at most {limits.MaxRows} are read.");
                }

                var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = index is null ? row + 1 : ParseIndex(index, CellReference.MaxRow, "row number");
                if (row < 1)
                {
                    throw new SpreadsheetFormatException($"Sheet \"{name}\" has a row numbered 0.");
                }

                column = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                if (cell.CellReference?.Value is { } reference)
                {
                    if (!CellReference.TryParse(reference, out var cellRow, out column) || cellRow != row)
                    {
                        throw new SpreadsheetFormatException($"The cell reference \"{reference}\" is not in row {row} of sheet \"{name}\".");
                    }
                }
                else
                {
                    column++;
                }

                if (ReadCell(cell, sharedStrings, formats) is { } content)
                {
                    cells[(row, column)] = content;
                }
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (merge.Reference?.Value?.Split(':') is [var first, var last]
                    && CellReference.TryParse(first, out var firstRow, out var firstColumn)
                    && CellReference.TryParse(last, out var lastRow, out var lastColumn)
                    && lastRow >= firstRow && lastColumn >= firstColumn)
                {
                    merges.Add(new CellRange(firstRow, firstColumn, lastRow, lastColumn));
                }
            }
        }

        return new SheetContent(name, cells, merges);
    }

    private static CellContent? ReadCell(Cell cell, IReadOnlyList<string> sharedStrings, IReadOnlyList<string> formats)
    {
        var format = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : NumberFormats.General;
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return Text(StringItemText(cell.InlineString), format);
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            var index = ParseIndex(raw, int.MaxValue, "shared string index");
            return index < sharedStrings.Count
                ? Text(sharedStrings[index], format)
                : throw new SpreadsheetFormatException($"A cell refers to shared string {index}; the file has {sharedStrings.Count}.");
        }

        if (type == CellValues.Boolean)
        {
            var value = raw.Trim() is "1" or "true";
            return new CellContent(CellValueKind.Boolean, value ? "TRUE" : "FALSE", null, value, format);
        }

        if (type == CellValues.Error)
        {
            return new CellContent(CellValueKind.Error, raw, null, null, format);
        }

        if (type == CellValues.String || type == CellValues.Date)
        {
            return Text(raw, format);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new CellContent(CellValueKind.Number, number.ToString(CultureInfo.InvariantCulture), number, null, format)
            : throw new SpreadsheetFormatException($"The cell {cell.CellReference?.Value} holds \"{raw}\" where a number belongs.");
    }

    private static CellContent Text(string text, string format) => new(CellValueKind.Text, text, null, null, format);

    /// <summary>Plain text of a shared or inline string: its text, or its formatted runs joined (phonetic guides left out).</summary>
    private static string StringItemText(OpenXmlCompositeElement? item) =>
        item is null ? "" : string.Concat(item.ChildElements.Select(child => child switch
        {
            Text text => text.Text,
            Run run => run.Text?.Text ?? "",
            _ => "",
        }));

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                strings.Add(StringItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The number format code of every cell format, by the index cells give as their style.</summary>
    private static List<string> CellFormatCodes(WorkbookPart workbookPart)
    {
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        if (stylesheet is null)
        {
            return [];
        }

        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }

        return (stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
            .Select(f => f.NumberFormatId?.Value is { } id ? custom.GetValueOrDefault(id) ?? NumberFormats.BuiltInCode(id) ?? NumberFormats.General : NumberFormats.General)
            .ToList();
    }

    private static int ParseIndex(string text, int max, string what) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max
            ? value
            : throw new SpreadsheetFormatException($"\"{text}\" is not a {what}.");
}
