namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// How one cell looks. A value record, so equal styles are one entry in the saved file; change it with
/// <c>with</c> (the sheet's <c>Style</c> methods take such a change and apply it on top of each cell's current style).
/// </summary>
public sealed record CellStyle
{
    /// <summary>The file format's default font size, in points.</summary>
    public const double DefaultFontSize = 11;

    public static readonly CellStyle Default = new();

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>Font size in points (1 to 409, the range spreadsheets accept).</summary>
    public double FontSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 409);
            field = value;
        }
    } = DefaultFontSize;

    /// <summary>Solid fill as six hex digits (<c>F2F2F2</c>, a leading # allowed); null for no fill.</summary>
    public string? FillColor
    {
        get;
        init => field = value is null ? null : NormalizeColor(value);
    }

    /// <summary>A thin line on all four sides of the cell.</summary>
    public bool ThinBorder { get; init; }

    public HorizontalAlignment Horizontal { get; init; }

    public VerticalAlignment Vertical { get; init; }

    public bool WrapText { get; init; }

    /// <summary>Indent level (each about three characters wide).</summary>
    public int Indent
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 250);
            field = value;
        }
    }

    /// <summary>A number format code such as <c>0.0%</c>; null for General.</summary>
    public string? NumberFormat { get; init; }

    private static string NormalizeColor(string color)
    {
        var hex = color.StartsWith('#') ? color[1..] : color;
        if (hex.Length != 6 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"A fill colour is six hex digits such as F2F2F2, not \"{color}\".", nameof(color));
        }

        return hex.ToUpperInvariant();
    }
}
