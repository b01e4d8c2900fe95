using System.Globalization;

namespace Workflow.Engine.Spreadsheets;

/// <summary>One cell as read from a file: its value and the code of its number format (<c>General</c> when it has none).</summary>
public sealed record CellContent(CellValueKind Kind, string Text, double? Number, bool? Boolean, string NumberFormat)
{
    public static readonly CellContent Empty = new(CellValueKind.Empty, "", null, null, NumberFormats.General);

    public bool IsEmpty => Kind == CellValueKind.Empty;

    public bool IsNumber => Kind == CellValueKind.Number;

    /// <summary>The number, or an exception saying what the cell holds instead.</summary>
    public double AsNumber() => Number ?? throw new InvalidOperationException($"The cell holds {Kind} \"{Text}\", not a number.");

    /// <summary>The number as a whole number, or an exception when it is not one.</summary>
    public int AsInteger()
    {
        var number = AsNumber();
        return number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new InvalidOperationException($"The cell holds {number.ToString(CultureInfo.InvariantCulture)}, not a whole number.");
    }
}
