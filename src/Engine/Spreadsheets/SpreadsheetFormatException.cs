namespace Workflow.Engine.Spreadsheets;

/// <summary>The file given to the spreadsheet reader is not an .xlsx workbook it can read, or is larger than its limits allow.</summary>
public sealed class SpreadsheetFormatException : Exception
{
    public SpreadsheetFormatException(string message)
        : base(message)
    {
    }

    public SpreadsheetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
