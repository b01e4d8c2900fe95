namespace Workflow.Engine.Definitions.Interchange;

/// <summary>One row of an imported table: its number in the file (counted from 1, as a spreadsheet shows it) and its cells' text.</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell's text, trimmed; empty past the row's last cell.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index].Trim() : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
