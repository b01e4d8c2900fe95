using System.Globalization;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// A day in the accounts layout: written dd/MM/yyyy (as Vietnamese spreadsheets show dates), read as dd/MM/yyyy,
/// d/M/yyyy, yyyy-MM-dd, or the day number a spreadsheet stores for a date cell.
/// </summary>
public static class AccountDay
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy"];

    /// <summary>Spreadsheet day numbers of the years 1950–2150; a plain number outside them is not taken for a date.</summary>
    private const int FirstSerial = 18264;
    private const int LastSerial = 91311;

    public static string Write(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static bool TryRead(string text, out DateOnly day)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return day.Year is >= 1900 and <= 2200;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= FirstSerial and <= LastSerial)
        {
            day = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }
}
