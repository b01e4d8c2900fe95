namespace Workflow.Engine.Spreadsheets;

/// <summary>Horizontal placement of a cell's content; <see cref="General"/> lets the reader decide (text left, numbers right).</summary>
public enum HorizontalAlignment
{
    General,
    Left,
    Center,
    Right,
}
