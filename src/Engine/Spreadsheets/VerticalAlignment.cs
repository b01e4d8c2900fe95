namespace Workflow.Engine.Spreadsheets;

/// <summary>Vertical placement of a cell's content; <see cref="Bottom"/> is the file format's default.</summary>
public enum VerticalAlignment
{
    Bottom,
    Center,
    Top,
}
