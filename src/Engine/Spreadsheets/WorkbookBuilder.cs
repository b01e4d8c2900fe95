using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// Builds a workbook in memory, sheet by sheet, and saves it as .xlsx. Text is written inline in each cell
/// (no shared-string table to keep in step); styles are deduplicated into the file's stylesheet.
/// </summary>
public sealed class WorkbookBuilder
{
    /// <summary>The width of a column nobody sized, in characters.</summary>
    private const double DefaultColumnWidth = 8.43;

    private static readonly char[] ForbiddenSheetNameCharacters = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly List<SheetBuilder> _sheets = [];

    public SheetBuilder AddSheet(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 31 || name.IndexOfAny(ForbiddenSheetNameCharacters) >= 0 || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"\"{name}\" is not a sheet name: at most 31 characters, none of []:*?/\\, no quote at either end.", nameof(name));
        }

        if (_sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The workbook already has a sheet named \"{name}\".", nameof(name));
        }

        var sheet = new SheetBuilder(name);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>Writes the .xlsx to the stream (which need not be seekable) and leaves it open.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        // The zip writer seeks and reads back what it wrote: an empty stream that allows both (a
        // file, a memory stream) is written in place; any other (a web response) gets a buffer's copy.
        if (output is { CanSeek: true, CanRead: true, CanWrite: true, Length: 0 })
        {
            Write(output);
            return;
        }

        using var buffer = new MemoryStream();
        Write(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private void Write(Stream target)
    {
        using var document = SpreadsheetDocument.Create(target, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = new StylesheetBuilder();
        var sheets = new Sheets();
        uint sheetId = 1;
        foreach (var sheet in _sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = Worksheet(sheet, styles);
            sheets.Append(new Sheet { Name = sheet.Name, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(worksheetPart) });
        }

        workbookPart.Workbook = new Workbook(sheets);
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
    }

    private static Worksheet Worksheet(SheetBuilder sheet, StylesheetBuilder styles)
    {
        var worksheet = new Worksheet();
        if (sheet.PageLayout is { FitToOnePageWide: true })
        {
            worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        }

        var cells = sheet.Cells.Where(c => c.Value.Value is not null || c.Value.Style != CellStyle.Default).ToList();
        if (cells.Count > 0)
        {
            var range = new CellRange(cells.Min(c => c.Key.Row), cells.Min(c => c.Key.Column), cells.Max(c => c.Key.Row), cells.Max(c => c.Key.Column));
            worksheet.Append(new SheetDimension { Reference = range.IsSingleCell ? CellReference.Of(range.FirstRow, range.FirstColumn) : range.ToString() });
        }

        worksheet.Append(new SheetViews(SheetView(sheet)));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        var columnIndexes = sheet.ColumnWidths.Keys.Union(sheet.ColumnStyles.Keys).Order().ToList();
        if (columnIndexes.Count > 0)
        {
            worksheet.Append(new Columns(columnIndexes.Select(index => Column(sheet, index, styles))));
        }

        worksheet.Append(SheetData(cells, sheet.RowHeights, styles));
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m.ToString() })) { Count = (uint)sheet.Merges.Count });
        }

        // Margins are written whenever a page setup is, as spreadsheets expect them together (the common default, in inches).
        if (sheet.PageLayout is { } layout)
        {
            worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
            var setup = new PageSetup { PaperSize = PageLayout.A4PaperSize, Orientation = layout.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait };
            if (layout.FitToOnePageWide)
            {
                setup.FitToWidth = 1;
                setup.FitToHeight = 0;
            }

            worksheet.Append(setup);
        }

        return worksheet;
    }

    private static SheetView SheetView(SheetBuilder sheet)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (sheet.FrozenRows > 0)
        {
            var topLeft = CellReference.Of(sheet.FrozenRows + 1, 1);
            view.Append(new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return view;
    }

    private static Column Column(SheetBuilder sheet, int index, StylesheetBuilder styles)
    {
        var column = new Column { Min = (uint)index, Max = (uint)index };
        if (sheet.ColumnWidths.TryGetValue(index, out var width))
        {
            column.Width = StoredWidth(width);
            column.CustomWidth = true;
        }
        else
        {
            // A column element needs a width; the default sheet width applies.
            column.Width = StoredWidth(DefaultColumnWidth);
        }

        if (sheet.ColumnStyles.TryGetValue(index, out var style) && style != CellStyle.Default)
        {
            column.Style = styles.FormatIndex(style);
        }

        return column;
    }

    /// <summary>
    /// The file stores a width with the cell padding included (5 pixels beside the default font's 7-pixel digits),
    /// in 1/256 of a character, so that a spreadsheet shows the width asked for.
    /// </summary>
    private static double StoredWidth(double characters) => Math.Truncate((characters * 7 + 5) / 7 * 256) / 256;

    private static SheetData SheetData(List<KeyValuePair<(int Row, int Column), SheetCell>> cells, IReadOnlyDictionary<int, double> heights, StylesheetBuilder styles)
    {
        var data = new SheetData();
        var rows = cells.GroupBy(c => c.Key.Row).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Key.Column).ToList());
        foreach (var rowIndex in rows.Keys.Union(heights.Keys).Order())
        {
            var row = new Row { RowIndex = (uint)rowIndex };
            if (heights.TryGetValue(rowIndex, out var height))
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            foreach (var (key, cell) in rows.GetValueOrDefault(rowIndex, []))
            {
                row.Append(Cell(key.Row, key.Column, cell, styles));
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell Cell(int row, int column, SheetCell cell, StylesheetBuilder styles)
    {
        var element = new Cell { CellReference = CellReference.Of(row, column) };
        var format = styles.FormatIndex(cell.Style);
        if (format != 0)
        {
            element.StyleIndex = format;
        }

        switch (cell.Value)
        {
            case string text:
                element.DataType = CellValues.InlineString;
                element.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                break;
            case double number:
                element.CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture));
                break;
        }

        return element;
    }
}
