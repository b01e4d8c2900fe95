namespace Workflow.Engine.Spreadsheets;

/// <summary>Converts between (row, column) counted from 1 and the letters-and-digits references the file uses (A1, AB12).</summary>
public static class CellReference
{
    /// <summary>The largest sheet the file format allows.</summary>
    public const int MaxRow = 1_048_576;

    public const int MaxColumn = 16_384;

    public static string Of(int row, int column)
    {
        CheckRow(row);
        return ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string ColumnName(int column)
    {
        CheckColumn(column);
        Span<char> letters = stackalloc char[3];
        var length = 0;
        while (column > 0)
        {
            column--;
            letters[length++] = (char)('A' + column % 26);
            column /= 26;
        }

        letters[..length].Reverse();
        return new string(letters[..length]);
    }

    /// <summary>Reads a reference such as <c>AB12</c>; false when it is not one.</summary>
    public static bool TryParse(string? reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        for (; i < reference.Length; i++)
        {
            if (!char.IsAsciiDigit(reference[i]))
            {
                return false;
            }

            row = row * 10 + (reference[i] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        return row >= 1;
    }

    internal static void CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, MaxRow);
    }

    internal static void CheckColumn(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, MaxColumn);
    }
}
