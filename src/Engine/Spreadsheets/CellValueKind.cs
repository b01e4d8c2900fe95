namespace Workflow.Engine.Spreadsheets;

/// <summary>What a cell read from a file holds.</summary>
public enum CellValueKind
{
    Empty,
    Text,
    Number,
    Boolean,

    /// <summary>An error value such as <c>#DIV/0!</c>, kept as its text.</summary>
    Error,
}
