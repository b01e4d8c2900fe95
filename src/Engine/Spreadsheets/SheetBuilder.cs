namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// One sheet of a <see cref="WorkbookBuilder"/>, held in memory until the workbook is saved: values, styles,
/// merged ranges, column widths, row heights, frozen header rows and page layout. Rows and columns count from 1.
/// </summary>
public sealed class SheetBuilder
{
    private readonly Dictionary<(int Row, int Column), SheetCell> _cells = [];
    private readonly Dictionary<int, double> _columnWidths = [];
    private readonly Dictionary<int, CellStyle> _columnStyles = [];
    private readonly Dictionary<int, double> _rowHeights = [];
    private readonly List<CellRange> _merges = [];

    internal SheetBuilder(string name) => Name = name;

    public string Name { get; }

    /// <summary>Rows kept in view at the top while scrolling (0: none).</summary>
    public int FrozenRows { get; private set; }

    public PageLayout? PageLayout { get; set; }

    internal IReadOnlyDictionary<(int Row, int Column), SheetCell> Cells => _cells;

    internal IReadOnlyDictionary<int, double> ColumnWidths => _columnWidths;

    internal IReadOnlyDictionary<int, CellStyle> ColumnStyles => _columnStyles;

    internal IReadOnlyDictionary<int, double> RowHeights => _rowHeights;

    internal IReadOnlyList<CellRange> Merges => _merges;

    public SheetBuilder SetText(int row, int column, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CellAt(row, column).Value = text;
        return this;
    }

    public SheetBuilder SetNumber(int row, int column, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A cell holds finite numbers only.");
        }

        CellAt(row, column).Value = number;
        return this;
    }

    /// <summary>Applies a change (such as <c>s => s with { Bold = true }</c>) to every cell of the range, keeping what the change leaves alone.</summary>
    public SheetBuilder Style(CellRange range, Func<CellStyle, CellStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var row = range.FirstRow; row <= range.LastRow; row++)
        {
            for (var column = range.FirstColumn; column <= range.LastColumn; column++)
            {
                var cell = CellAt(row, column);
                cell.Style = change(cell.Style) ?? throw new InvalidOperationException("A style change returned no style.");
            }
        }

        return this;
    }

    public SheetBuilder Style(int row, int column, Func<CellStyle, CellStyle> change) => Style(CellRange.Single(row, column), change);

    /// <summary>Applies a change to a whole column: the cells already written and those written after.</summary>
    public SheetBuilder StyleColumn(int column, Func<CellStyle, CellStyle> change)
    {
        CellReference.CheckColumn(column);
        ArgumentNullException.ThrowIfNull(change);
        _columnStyles[column] = change(_columnStyles.GetValueOrDefault(column, CellStyle.Default));
        foreach (var (key, cell) in _cells)
        {
            if (key.Column == column)
            {
                cell.Style = change(cell.Style);
            }
        }

        return this;
    }

    /// <summary>Merges the range into one cell showing the top-left cell's value; merged ranges may not overlap.</summary>
    public SheetBuilder Merge(CellRange range)
    {
        if (range.IsSingleCell)
        {
            throw new ArgumentException($"Merging {range} would merge one cell.", nameof(range));
        }

        var overlapped = _merges.FindIndex(range.Overlaps);
        if (overlapped >= 0)
        {
            throw new ArgumentException($"The merged range {range} overlaps {_merges[overlapped]}.", nameof(range));
        }

        _merges.Add(range);
        return this;
    }

    /// <summary>Column width in characters of the default font, as a spreadsheet shows it.</summary>
    public SheetBuilder SetColumnWidth(int column, double width)
    {
        CellReference.CheckColumn(column);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 255);
        _columnWidths[column] = width;
        return this;
    }

    /// <summary>Row height in points.</summary>
    public SheetBuilder SetRowHeight(int row, double height)
    {
        CellReference.CheckRow(row);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 409);
        _rowHeights[row] = height;
        return this;
    }

    public SheetBuilder FreezeRows(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rows, CellReference.MaxRow);
        FrozenRows = rows;
        return this;
    }

    private SheetCell CellAt(int row, int column)
    {
        CellReference.CheckRow(row);
        CellReference.CheckColumn(column);
        if (!_cells.TryGetValue((row, column), out var cell))
        {
            cell = new SheetCell { Style = _columnStyles.GetValueOrDefault(column, CellStyle.Default) };
            _cells.Add((row, column), cell);
        }

        return cell;
    }
}
