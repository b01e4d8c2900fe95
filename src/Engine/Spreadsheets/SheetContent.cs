namespace Workflow.Engine.Spreadsheets;

/// <summary>One sheet as read from a file: its name and its non-empty cells by (row, column), counted from 1.</summary>
public sealed class SheetContent(string name, IReadOnlyDictionary<(int Row, int Column), CellContent> cells, IReadOnlyList<CellRange> merges)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<(int Row, int Column), CellContent> Cells { get; } = cells;

    public IReadOnlyList<CellRange> Merges { get; } = merges;

    /// <summary>The last row holding a cell (0 for an empty sheet).</summary>
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    /// <summary>The cell, or <see cref="CellContent.Empty"/> where the file has none.</summary>
    public CellContent Cell(int row, int column) => Cells.GetValueOrDefault((row, column), CellContent.Empty);

    /// <summary>The cell's text (a number's shortest round-trip form), empty where there is no cell.</summary>
    public string Text(int row, int column) => Cell(row, column).Text;
}
