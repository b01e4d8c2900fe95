namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// How much the reader accepts, so that a small upload cannot expand into gigabytes (a zip bomb) or millions of rows.
/// The defaults are far above an officer list or a procedure catalogue.
/// </summary>
public sealed record SpreadsheetReadLimits
{
    public static readonly SpreadsheetReadLimits Default = new();

    /// <summary>The largest file, as stored (compressed), in bytes.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The largest part of the package (a sheet, the shared strings), decompressed, in bytes.</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most parts the package may hold.</summary>
    public int MaxParts { get; init; } = 1_000;

    /// <summary>The most rows, counted over every sheet.</summary>
    public int MaxRows { get; init; } = 100_000;
}
