namespace Workflow.Engine.Spreadsheets;

/// <summary>A rectangle of cells, rows and columns counted from 1 as in the spreadsheet's own addresses.</summary>
public readonly record struct CellRange
{
    public CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        CellReference.CheckRow(firstRow);
        CellReference.CheckRow(lastRow);
        CellReference.CheckColumn(firstColumn);
        CellReference.CheckColumn(lastColumn);
        if (lastRow < firstRow || lastColumn < firstColumn)
        {
            throw new ArgumentException($"The range ends before it starts: ({firstRow}, {firstColumn}) to ({lastRow}, {lastColumn}).");
        }

        FirstRow = firstRow;
        FirstColumn = firstColumn;
        LastRow = lastRow;
        LastColumn = lastColumn;
    }

    public int FirstRow { get; }

    public int FirstColumn { get; }

    public int LastRow { get; }

    public int LastColumn { get; }

    public static CellRange Single(int row, int column) => new(row, column, row, column);

    public bool IsSingleCell => FirstRow == LastRow && FirstColumn == LastColumn;

    public bool Overlaps(CellRange other) =>
        FirstRow <= other.LastRow && other.FirstRow <= LastRow && FirstColumn <= other.LastColumn && other.FirstColumn <= LastColumn;

    /// <summary>The range as the file writes it, such as <c>A1:D1</c>.</summary>
    public override string ToString() => $"{CellReference.Of(FirstRow, FirstColumn)}:{CellReference.Of(LastRow, LastColumn)}";
}
