namespace Workflow.Engine.Spreadsheets;

/// <summary>A workbook as read from a file: its sheets in the workbook's order.</summary>
public sealed class WorkbookContent(IReadOnlyList<SheetContent> sheets)
{
    public IReadOnlyList<SheetContent> Sheets { get; } = sheets;

    /// <summary>The sheet with this name, or an exception listing the sheets there are.</summary>
    public SheetContent Sheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The workbook has no sheet \"{name}\"; it has {string.Join(", ", Sheets.Select(s => $"\"{s.Name}\""))}.");
}
