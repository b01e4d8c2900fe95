namespace Workflow.Engine.Spreadsheets;

/// <summary>How a sheet prints: A4 paper, the orientation, and whether it is shrunk to one page wide (as tall as it needs).</summary>
public sealed record PageLayout(bool Landscape = false, bool FitToOnePageWide = false)
{
    /// <summary>The file format's paper size code for A4.</summary>
    internal const uint A4PaperSize = 9;
}
