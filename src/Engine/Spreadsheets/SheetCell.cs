namespace Workflow.Engine.Spreadsheets;

/// <summary>A cell being built: its value (text, a number, or none for a cell that is only styled) and its style.</summary>
internal sealed class SheetCell
{
    public object? Value { get; set; }

    public CellStyle Style { get; set; } = CellStyle.Default;
}
